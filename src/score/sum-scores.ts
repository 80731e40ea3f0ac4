/**
 * Sums the scores of every file of a corpus into the figures of its summary.
 */
import { CATEGORIES } from "../schema/entry.ts";
import type { ArticleScore } from "./score-article.ts";

/** `n` of `of`. */
export interface Ratio {
  n: number;
  of: number;
}

export interface FigureTotals {
  recallByValue: Ratio;
  recallByCategory: Ratio;
  precisionByValue: Ratio;
  precisionByCategory: Ratio;
  /** Per category: recall of the gold's figures of it, precision of the entry's. */
  categories: Record<string, { recall: Ratio; precision: Ratio }>;
  /** Vague troop figures ("ribuan tentara") left out of precision: the gold records no magnitudes. */
  vagueLeftOut: number;
  /** Of the matched figures: claimant agreement, in all and by how it was judged. */
  claimant: Ratio;
  claimantBy: { lexicon: Ratio; name: Ratio; unattributed: Ratio };
}

export interface Totals {
  articles: number;
  refused: Ratio;
  outlet: { right: Ratio; whereNamed: Ratio; nullOrRightWhereNotNamed: Ratio };
  published: {
    exact: Ratio;
    exactWhereStated: Ratio;
    withinDay: Ratio;
    /** Of the estimated entries with a gold date. */
    estimateHolds: Ratio;
    confidentlyWrong: number;
    /** Entries listed as undated although the gold has a date (a miss, never wrong). */
    undatedWithDate: number;
    /** Where the gold has no date: estimated, undated or refused. */
    undatedWhereNone: Ratio;
    confidentlyDatedWhereNone: number;
  };
  place: { right: Ratio; nullWhereNone: Ratio };
  title: { right: Ratio; notClaimedWhereNone: Ratio };
  /** Null when no file has annotated figures. */
  figures: FigureTotals | null;
  /** Null when the corpus has no off-topic control. */
  offTopicTroops: number | null;
}

const ratio = (items: readonly boolean[]): Ratio => ({ n: items.filter(Boolean).length, of: items.length });

function sumFigures(scores: readonly ArticleScore[]): FigureTotals | null {
  const annotated = scores.flatMap((s) => (s.figures ? [s.figures] : []));
  if (annotated.length === 0) return null;
  const pairs = annotated.flatMap((f) => f.pairs);
  const troops = annotated.flatMap((f) => f.troops);
  const matched = pairs.filter((p) => p.claimant !== null);
  const judged = (how: string): Ratio => ratio(matched.filter((p) => p.claimant!.how === how).map((p) => p.claimant!.agree));
  const categories: FigureTotals["categories"] = {};
  for (const c of CATEGORIES) {
    const recall = ratio(pairs.filter((p) => p.gold.what === c).map((p) => p.got?.category === c));
    const precision = ratio(troops.filter((t) => t.figure.category === c).map((t) => t.byCategory));
    if (recall.of > 0 || precision.of > 0) categories[c] = { recall, precision };
  }
  return {
    recallByValue: ratio(pairs.map((p) => p.got !== null)),
    recallByCategory: ratio(pairs.map((p) => p.got?.category === p.gold.what)),
    precisionByValue: ratio(troops.map((t) => t.byValue)),
    precisionByCategory: ratio(troops.map((t) => t.byCategory)),
    categories,
    vagueLeftOut: annotated.reduce((n, f) => n + f.vague.length, 0),
    claimant: ratio(matched.map((p) => p.claimant!.agree)),
    claimantBy: { lexicon: judged("lexicon"), name: judged("name"), unattributed: judged("unattributed") },
  };
}

/**
 * The totals of `scores`.
 *
 * @example
 * sumScores(scores).refused //=> { n: 1, of: 4 }
 */
export function sumScores(scores: readonly ArticleScore[]): Totals {
  const dated = scores.filter((s) => s.published.expected !== null);
  const undated = scores.filter((s) => s.published.expected === null);
  const controls = scores.filter((s) => !s.onTopic);
  return {
    articles: scores.length,
    refused: ratio(scores.map((s) => s.refused)),
    outlet: {
      right: ratio(scores.map((s) => s.outlet.right)),
      whereNamed: ratio(scores.filter((s) => s.outlet.named).map((s) => s.outlet.right)),
      nullOrRightWhereNotNamed: ratio(scores.filter((s) => !s.outlet.named).map((s) => s.outlet.nullOrRight)),
    },
    published: {
      exact: ratio(dated.map((s) => s.published.verdict.exact)),
      exactWhereStated: ratio(dated.filter((s) => s.published.stated).map((s) => s.published.verdict.exact)),
      withinDay: ratio(dated.map((s) => s.published.verdict.withinDay)),
      estimateHolds: ratio(dated.filter((s) => s.published.estimated === true).map((s) => s.published.verdict.estimateHolds)),
      confidentlyWrong: dated.filter((s) => s.published.verdict.confidentlyWrong).length,
      undatedWithDate: dated.filter((s) => s.published.undated).length,
      undatedWhereNone: ratio(undated.map((s) => s.published.estimated !== false)),
      confidentlyDatedWhereNone: undated.filter((s) => s.published.estimated === false).length,
    },
    place: {
      right: ratio(scores.filter((s) => s.place.expected !== null).map((s) => s.place.right)),
      nullWhereNone: ratio(scores.filter((s) => s.place.expected === null).map((s) => s.place.right)),
    },
    title: {
      right: ratio(scores.filter((s) => s.title.expected !== null).map((s) => s.title.right)),
      notClaimedWhereNone: ratio(scores.filter((s) => s.title.expected === null).map((s) => s.title.right)),
    },
    figures: sumFigures(scores),
    offTopicTroops: controls.length === 0 ? null : controls.reduce((n, s) => n + s.offTopicTroops.length, 0),
  };
}
