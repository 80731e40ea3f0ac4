/**
 * Reads the bound word of a number: before it ("lebih dari 10.000",
 * "Setidaknya tiga", "mencapai 4.000") or after it ("1.000 lebih").
 */
import { matchEndingAt, matchStartingAt } from "./tokenize.ts";
import { quantityWords, type BoundKind } from "./quantity-lexicon.ts";
import { spacedFromPrevious, type Token } from "./tokenize.ts";

/** A bound found around a number: its kind and first and last token. */
export interface BoundWords {
  kind: BoundKind;
  first: number;
  last: number;
}

/**
 * The bound written just before token `start`, or null. An upper bound
 * after a verb of change is the value reached ("meningkat hingga 2.000").
 *
 * @example
 * const s = "tak kurang dari lima juta warga";
 * readBoundBefore(s, tokenize(s), 3);
 * //=> { kind: "lower", first: 0, last: 2 }
 */
export function readBoundBefore(sentence: string, tokens: readonly Token[], start: number): BoundWords | null {
  if (start < 1 || !spacedFromPrevious(sentence, tokens, start)) return null;
  const m = matchEndingAt(quantityWords().bounds, sentence, tokens, start - 1);
  if (m === null) return null;
  const changed = m.value === "upper" && quantityWords().changeVerbs.has(tokens[m.first - 1]?.lower ?? "");
  return { kind: changed ? "reached" : m.value, first: m.first, last: m.last };
}

/**
 * The bound written just after token `last` ("1.000 lebih tentara"), or
 * null; not when a comparison follows ("1.000 lebih banyak").
 */
export function readBoundAfter(sentence: string, tokens: readonly Token[], last: number): BoundWords | null {
  const k = last + 1;
  if (k >= tokens.length || !spacedFromPrevious(sentence, tokens, k)) return null;
  const m = matchStartingAt(quantityWords().postposedBounds, sentence, tokens, k);
  if (m === null) return null;
  const after = tokens[m.last + 1];
  if (after !== undefined && (after.num || quantityWords().postposedNotBefore.has(after.lower))) return null;
  return { kind: m.value, first: m.first, last: m.last };
}
