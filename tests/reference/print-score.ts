/**
 * `npm run score`: prints how the parser does on the seeds against the
 * hand-checked reference (tests/fixtures/reference/seeds.json).
 */
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { scoreSeeds } from "./score-seeds.ts";

const corpus = await loadCorpus({ seeds: "seeds", cache: null });
const { checks, figures } = scoreSeeds(corpus.entries);
for (const c of checks) process.stdout.write(`${c.ok ? "ok  " : "FAIL"}  ${c.seed}  ${c.what}${c.ok ? "" : `  — got ${c.detail}`}\n`);
const pct = (a: number, b: number): string => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
const passed = checks.filter((c) => c.ok).length;
process.stdout.write(`\nchecks: ${passed}/${checks.length} (${pct(passed, checks.length)})\n`);
process.stdout.write(`figures: recall ${figures.matched}/${figures.expected} (${pct(figures.matched, figures.expected)}), `);
process.stdout.write(`precision ${figures.troopCorrect}/${figures.troopFound} troop figures (${pct(figures.troopCorrect, figures.troopFound)}), `);
process.stdout.write(`"other" numbers counted as troops: ${figures.otherAsTroops}\n`);
process.exit(passed === checks.length ? 0 : 1);
