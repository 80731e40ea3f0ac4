/**
 * A sentence as the classifier sees it: its tokens, its quantities, and
 * where each quantity and its unit stand among the tokens.
 */
import { findQuantities } from "./find-quantities.ts";
import type { Category } from "../../schema/entry.ts";
import type { PeopleKind, Side } from "./category-lexicon.ts";
import type { Quantity } from "./quantity.ts";
import { clauseBreakBefore, sharedTokens, type Token } from "./tokenize.ts";

/** Where a quantity stands among the tokens. */
export interface QuantitySpan {
  /** First token of its text (bound included). */
  first: number;
  /** Last token of its text. */
  last: number;
  /** Last token of its unit (equal to `last` when there is none). */
  unitLast: number;
}

/** What the sentence before says that the next one may take over. */
export interface PreviousCount {
  /** Its last count of people: category, kind of people and side, or null when it has none. */
  count: { category: Category; kind: PeopleKind; side: Side | "assumed" } | null;
  /** True when it names North Korea. */
  northKorea: boolean;
}

/** A sentence prepared for classification. */
export interface SentenceView {
  sentence: string;
  tokens: readonly Token[];
  quantities: readonly Quantity[];
  spans: QuantitySpan[];
  /** `breaks[k]` is true when a clause break stands before token k. */
  breaks: boolean[];
  /** What the sentence before says, for words that point back to it; null when unknown. */
  previous: PreviousCount | null;
}

/** Index of the first token whose start is at or after `offset`. */
export function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).index < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that ends at or before `offset` (at least `floor`). */
function tokenUntil(tokens: readonly Token[], offset: number, floor: number): number {
  const k = tokenFrom(tokens, offset) - 1;
  let j = k;
  while (j > floor && (tokens[j] as Token).end > offset) j--;
  return Math.max(j, floor);
}

function spanOf(tokens: readonly Token[], q: Quantity): QuantitySpan {
  const first = tokenFrom(tokens, q.index);
  const last = tokenUntil(tokens, q.end, first);
  return { first, last, unitLast: tokenUntil(tokens, q.unitEnd, last) };
}

let cached: SentenceView | null = null;

/**
 * Build the view of a sentence (the last one is cached, so classifying every
 * quantity of one sentence tokenizes it once). `quantities` may be passed
 * when the caller already has them; `previous` is what the sentence before
 * said (see `previous-count.ts`).
 *
 * @example
 * const v = sentenceView("sekitar 300 tentara tewas");
 * v.spans;
 * //=> [{ first: 0, last: 1, unitLast: 2 }]
 */
export function sentenceView(sentence: string, quantities?: readonly Quantity[], previous: PreviousCount | null = null): SentenceView {
  if (cached !== null && cached.sentence === sentence && cached.previous === previous && (quantities === undefined || quantities === cached.quantities)) {
    return cached;
  }
  const tokens = sharedTokens(sentence);
  const qs = quantities ?? findQuantities(sentence);
  const breaks = tokens.map((_, k) => k === 0 || clauseBreakBefore(sentence, tokens, k));
  cached = { sentence, tokens, quantities: qs, spans: qs.map((q) => spanOf(tokens, q)), breaks, previous };
  return cached;
}

/**
 * Index in `view.quantities` of the quantity `q` (same offsets), or -1.
 */
export function quantityIndex(view: SentenceView, q: Quantity): number {
  let lo = 0;
  let hi = view.quantities.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((view.quantities[mid] as Quantity).index < q.index) lo = mid + 1;
    else hi = mid;
  }
  const found = view.quantities[lo];
  return found !== undefined && found.index === q.index && found.end === q.end ? lo : -1;
}
