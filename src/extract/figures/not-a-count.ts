/**
 * Tells when digits are not a quantity: a date ("27 Februari 2025",
 * "tahun 2023", "2024"), a time ("pukul 19.10", "16.00 WIB"), or part of a
 * name, ordinal or code ("S1", "Liputan6.com", "ke-2", "Covid-19").
 */
import { matchEndingAt } from "./tokenize.ts";
import { quantityWords } from "./quantity-lexicon.ts";
import { spacedFromPrevious, type Token } from "./tokenize.ts";

const FOUR_DIGITS = /^[0-9]{4}$/;

/** The tokens of a candidate quantity. */
export interface Span {
  /** First and last token of the amount (without bound or unit). */
  first: number;
  last: number;
  /** Offset where a currency written before the number starts, or null. */
  currencyAt: number | null;
  /** The unit read after it. */
  unit: string | null;
}

function gluedBefore(sentence: string, tokens: readonly Token[], span: Span): string | null {
  const t = tokens[span.first];
  const prev = tokens[span.first - 1];
  if (t === undefined || prev === undefined || !t.num || span.currencyAt !== null) return null;
  if (prev.end === t.index) return prev.num ? null : `glued to "${prev.text}": part of a name or code`;
  if (prev.end === t.index - 1) {
    const c = sentence[prev.end];
    if (c === "-" && !prev.num) return `"${prev.text}-${t.text}": an ordinal or a code`;
    if (prev.num && c !== undefined && c !== " ") return `"${prev.text}${c}${t.text}": part of a date or code`;
  }
  return null;
}

function yearIn(tokens: readonly Token[], span: Span): string | null {
  const before = tokens[span.first - 1]?.lower ?? "";
  const kept = span.unit !== null && quantityWords().yearKeptBefore.has(span.unit);
  if (kept && !quantityWords().yearCuesBefore.has(before)) return null;
  for (let k = span.first; k <= span.last; k++) {
    const t = tokens[k];
    if (t === undefined || !t.num || !FOUR_DIGITS.test(t.text)) continue;
    const v = Number(t.text);
    if (v >= quantityWords().yearMin && v <= quantityWords().yearMax) return `"${t.text}" is a year`;
  }
  return null;
}

/**
 * Why the digits of `span` are not a quantity, or null when they are one.
 *
 * @example
 * const s = "pada 27 Februari 2025";
 * notACount(s, tokenize(s), { first: 1, last: 1, currencyAt: null, unit: "februari" });
 * //=> 'followed by "Februari": a date or time'
 */
export function notACount(sentence: string, tokens: readonly Token[], span: Span): string | null {
  const glued = gluedBefore(sentence, tokens, span);
  if (glued !== null) return glued;
  if (span.first > 0 && spacedFromPrevious(sentence, tokens, span.first)) {
    const m = matchEndingAt(quantityWords().blockedBefore, sentence, tokens, span.first - 1);
    if (m !== null) return `after "${m.words.join(" ")}": a date, time, ordinal or code`;
  }
  const after = tokens[span.last + 1];
  const spaced = after !== undefined && spacedFromPrevious(sentence, tokens, span.last + 1);
  if (after !== undefined && spaced && quantityWords().blockedAfter.has(after.lower)) {
    return `followed by "${after.text}": a date or time`;
  }
  return yearIn(tokens, span);
}
