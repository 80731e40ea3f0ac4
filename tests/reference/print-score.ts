/**
 * The seeds' score as `npm run score` prints it: how the parser does on the
 * seeds against the hand-checked reference (tests/fixtures/reference/seeds.json).
 */
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { scoreSeeds, type Score } from "./score-seeds.ts";

const pct = (a: number, b: number): string => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

/**
 * Parse seeds/ and score it: the report's text, the score, and whether every check passed.
 *
 * @example
 * const { text, ok } = await seedScoreReport();
 * text.split("\n").at(-2) //=> 'figures: recall 22/22 (100.0%), precision 20/20 troop figures (100.0%), "other" numbers counted as troops: 0'
 */
export async function seedScoreReport(): Promise<{ text: string; score: Score; ok: boolean }> {
  const corpus = await loadCorpus({ seeds: "seeds", cache: null });
  const score = scoreSeeds(corpus.entries);
  const { checks, figures } = score;
  let text = "";
  for (const c of checks) text += `${c.ok ? "ok  " : "FAIL"}  ${c.seed}  ${c.what}${c.ok ? "" : `  — got ${c.detail}`}\n`;
  const passed = checks.filter((c) => c.ok).length;
  text += `\nchecks: ${passed}/${checks.length} (${pct(passed, checks.length)})\n`;
  text += `figures: recall ${figures.matched}/${figures.expected} (${pct(figures.matched, figures.expected)}), `;
  text += `precision ${figures.troopCorrect}/${figures.troopFound} troop figures (${pct(figures.troopCorrect, figures.troopFound)}), `;
  text += `"other" numbers counted as troops: ${figures.otherAsTroops}\n`;
  return { text, score, ok: passed === checks.length };
}
