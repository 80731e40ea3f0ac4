/**
 * The score for people: each file's misses and extras, the figures by
 * category, then a summary of at most ten lines, last.
 */
import type { Figure } from "../schema/entry.ts";
import type { ArticleScore } from "./score-article.ts";
import type { Ratio, Totals } from "./sum-scores.ts";

/**
 * "n/of (pct)".
 *
 * @example
 * formatRatio({ n: 9, of: 18 }) //=> "9/18 (50.0%)"
 * formatRatio({ n: 0, of: 0 }) //=> "0/0 (n/a)"
 */
export function formatRatio({ n, of }: Ratio): string {
  return `${n}/${of} (${of === 0 ? "n/a" : `${((100 * n) / of).toFixed(1)}%`})`;
}

const value = (f: { min: number | null; max: number | null }): string =>
  f.min === f.max ? `${f.min}` : f.max === null ? `${f.min}+` : f.min === null ? `up to ${f.max}` : `${f.min}–${f.max}`;
const quoted = (s: string, limit = 140): string => JSON.stringify(s.length > limit ? `${s.slice(0, limit - 1)}…` : s);
const shown = (s: string | null): string => (s === null ? "none" : quoted(s, 100));
const claimantOf = (f: Figure): string => `${f.claimant.id} (${f.claimant.kind})`;

function figureLines(score: ArticleScore): string[] {
  if (!score.figures) return [];
  const lines: string[] = [];
  const paired = new Set<Figure>();
  for (const { gold, got, claimant } of score.figures.pairs) {
    const what = `${gold.what} ${value(gold)} by ${JSON.stringify(gold.attributed_to)}`;
    if (!got) {
      lines.push(`figure missed: ${what}: ${quoted(gold.quote)}`);
      continue;
    }
    paired.add(got);
    if (got.category !== gold.what) lines.push(`figure category: ${what} got ${got.category} ${value(got)}: ${quoted(got.quote)}`);
    if (claimant && !claimant.agree) lines.push(`figure claimant: ${what} got ${claimantOf(got)}, expected ${claimant.expected} (judged by ${claimant.how})`);
  }
  for (const t of score.figures.troops) {
    if (t.byCategory || paired.has(t.figure) || !score.onTopic) continue;
    const gold = t.goldCategories.length > 0 ? ` (the gold has ${value(t.figure)} as ${t.goldCategories.join(", ")})` : "";
    lines.push(`extra troop figure: ${t.figure.category} ${value(t.figure)} by ${claimantOf(t.figure)}${gold}: ${quoted(t.figure.quote)}`);
  }
  for (const f of score.figures.vague) {
    if (!paired.has(f) && score.onTopic) lines.push(`vague figure, left out of precision: ${f.category} ${value(f)} by ${claimantOf(f)}: ${quoted(f.quote)}`);
  }
  return lines;
}

/**
 * The misses and extras of one file (all checks when `all`), as lines; an
 * empty list when everything is right.
 *
 * @example
 * formatArticle(score)
 * //=> ["dateline place: got none, expected \"Kiev\"", "figure missed: wounded 3 by \"RBC Ukraine (via KBS World)\": \"…\""]
 */
export function formatArticle(score: ArticleScore, all = false): string[] {
  const lines: string[] = [];
  const check = (ok: boolean, line: string): void => void ((!ok || all) && lines.push(all ? `${ok ? "ok  " : "MISS"} ${line}` : line));
  if (score.refused) {
    // Every field of a refused article is a miss: say once what was expected.
    const p = score.published;
    lines.push(
      `refused: ${score.refusal.join("; ") || "no entry"}`,
      `missed: outlet ${quoted(score.outlet.expected)}, published ${p.expected ?? "none (undated is right)"}, dateline place ${shown(score.place.expected)}, title ${shown(score.title.expected)}`,
      ...figureLines(score),
    );
    return lines;
  }
  const o = score.outlet;
  const unnamed = o.named ? "" : o.got === null ? " (not named in the text: none is acceptable there)" : " (not named in the text)";
  check(o.right, `outlet: got ${shown(o.got)}, expected ${quoted(o.expected)}${unnamed}`);
  const p = score.published;
  const v = p.verdict;
  const got = p.got === null ? (p.undated ? "none (listed as undated)" : "none") : `${p.got} (${p.basis}${p.estimated ? ", estimated" : ""})`;
  const notes = [v.withinDay && !v.exact ? "a day off" : "", v.estimateHolds ? "estimate holds" : "", v.confidentlyWrong ? "confidently wrong" : ""].filter(Boolean);
  const basis = p.expected === null ? "none in the page" : `${p.stated ? "stated" : "not stated"} in the text`;
  check(p.expected === null ? !v.confidentlyWrong : v.exact, `published: got ${got}, expected ${p.expected ?? "no date"} (${basis})${notes.length ? `: ${notes.join(", ")}` : ""}`);
  check(score.place.right, `dateline place: got ${shown(score.place.got)}, expected ${shown(score.place.expected)}`);
  const t = score.title;
  const gotTitle = t.got === null ? "none" : `${shown(t.got)} (${t.basis})`;
  check(t.right, t.expected === null ? `title: got ${gotTitle}, the text has no headline` : `title: got ${gotTitle}, expected ${shown(t.expected)}`);
  lines.push(...figureLines(score));
  for (const f of score.offTopicTroops) lines.push(`troop figure in an off-topic control: ${f.category} ${value(f)} by ${claimantOf(f)}: ${quoted(f.quote)}`);
  return lines;
}

/**
 * The figures by category: recall of the gold's, precision of the entry's.
 *
 * @example
 * formatCategories(totals)
 * //=> ["figures by category (recall of the gold's, precision of the entry's troop figures):",
 * //    "  deployed            recall 1/1 (100.0%)   precision 1/2 (50.0%)", …]
 */
export function formatCategories(totals: Totals): string[] {
  if (!totals.figures) return [];
  const rows = Object.entries(totals.figures.categories).map(
    ([c, r]) => `  ${c.padEnd(19)} recall ${(r.recall.of === 0 ? "-" : formatRatio(r.recall)).padEnd(14)} precision ${r.precision.of === 0 ? "-" : formatRatio(r.precision)}`,
  );
  return ["figures by category (recall of the gold's, precision of the entry's troop figures):", ...rows];
}

/**
 * The summary: at most ten lines, for the end of the output.
 *
 * @example
 * formatSummary("dev", totals)[0] //=> "dev: 20 files, refused 3/20 (15.0%)"
 */
export function formatSummary(name: string, t: Totals): string[] {
  const p = t.published;
  const none = p.undatedWhereNone.of > 0 ? `; where the page has no date: undated or estimated ${formatRatio(p.undatedWhereNone)}, confidently dated anyway ${p.confidentlyDatedWhereNone}` : "";
  const lines = [
    `${name}: ${t.articles} files, refused ${formatRatio(t.refused)}`,
    `outlet ${formatRatio(t.outlet.right)} (where named ${formatRatio(t.outlet.whereNamed)}, null or right where not named ${formatRatio(t.outlet.nullOrRightWhereNotNamed)})`,
    `published exact ${formatRatio(p.exact)} (where stated ${formatRatio(p.exactWhereStated)}), within a day ${formatRatio(p.withinDay)}, estimate holds ${formatRatio(p.estimateHolds)}, confidently wrong ${p.confidentlyWrong}, undated ${p.undatedWithDate}${none}`,
    `dateline place ${formatRatio(t.place.right)} (null where none ${formatRatio(t.place.nullWhereNone)})`,
    `title ${formatRatio(t.title.right)} (no headline claimed where none ${formatRatio(t.title.notClaimedWhereNone)})`,
  ];
  const f = t.figures;
  if (f) {
    lines.push(
      `figures recall ${formatRatio(f.recallByValue)} by value, ${formatRatio(f.recallByCategory)} with category; precision ${formatRatio(f.precisionByValue)} by value, ${formatRatio(f.precisionByCategory)} with category${f.vagueLeftOut > 0 ? ` (${f.vagueLeftOut} vague magnitudes left out)` : ""}`,
      `claimant ${formatRatio(f.claimant)} of matched figures (by lexicon ${formatRatio(f.claimantBy.lexicon)}, by name ${formatRatio(f.claimantBy.name)}, unattributed ${formatRatio(f.claimantBy.unattributed)})`,
    );
  } else lines.push("figures not annotated in this corpus");
  lines.push(t.offTopicTroops === null ? "off-topic troop figures: no off-topic control in this corpus" : `off-topic troop figures ${t.offTopicTroops}`);
  return lines;
}
