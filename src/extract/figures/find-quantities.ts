/**
 * Finds every quantity in a sentence: numbers in digits or words, with their
 * bound, range, magnitude word and unit; dates, times and codes left out.
 */
import { notACount } from "./not-a-count.ts";
import { numbersLexicon } from "./numbers-lexicon.ts";
import type { Quantity } from "./quantity.ts";
import { quantityWords, type BoundKind } from "./quantity-lexicon.ts";
import { opensAmount, readAmount, type Amount } from "./read-amount.ts";
import { readBoundAfter, readBoundBefore, type BoundWords } from "./read-bound.ts";
import { readRange } from "./read-range.ts";
import { readUnit } from "./read-unit.ts";
import { sharedTokens, spacedFromPrevious, type Token } from "./tokenize.ts";

export type { Quantity };

const CONTEXT = 40;

function currencyStart(sentence: string, token: Token): number | null {
  if (!token.num) return null;
  const from = Math.max(0, token.index - 6);
  const m = quantityWords().currency.exec(sentence.slice(from, token.index));
  return m === null ? null : from + m.index;
}

/** Index of the first token at or after offset `at`, searching back from `k`. */
function tokenAt(tokens: readonly Token[], k: number, at: number): number {
  let j = k;
  while (j > 0 && (tokens[j - 1] as Token).index >= at) j--;
  return j;
}

function opener(sentence: string, tokens: readonly Token[], k: number): string | null {
  const t = tokens[k - 1];
  if (t === undefined || !quantityWords().openers.has(t.lower) || !spacedFromPrevious(sentence, tokens, k)) return null;
  return t.lower;
}

function limits(span: Amount, kind: BoundKind | null): { min: number | null; max: number | null } {
  if (kind === "lower") return { min: span.min, max: null };
  if (kind === "upper") return { min: null, max: span.max };
  return { min: span.min, max: span.max };
}

function boundText(sentence: string, tokens: readonly Token[], b: BoundWords): string {
  return sentence.slice((tokens[b.first] as Token).index, (tokens[b.last] as Token).end);
}

/**
 * Every quantity in `sentence`, in order. See {@link Quantity} for how a
 * bound sets `min` and `max`. Never throws; linear in the sentence length.
 *
 * @example
 * findQuantities("sekitar 300 tentara Korea Utara telah tewas dan 2.700 lainnya terluka")
 *   .map((q) => [q.text, q.min, q.max, q.bound, q.unit]);
 * //=> [["sekitar 300", 300, 300, "sekitar", "tentara"], ["2.700", 2700, 2700, null, null]]
 */
export function findQuantities(sentence: string): Quantity[] {
  if (typeof sentence !== "string" || !numbersLexicon().mayHoldAmount.test(sentence)) return [];
  const tokens = sharedTokens(sentence);
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!opensAmount(t)) continue;
    const a = readAmount(sentence, tokens, i);
    if (a === null) continue;
    // "setengah" alone ("setengah hari") is no count.
    if (a.wordsOnly && !a.vague && a.min < 1) continue;
    const open = opener(sentence, tokens, i);
    const range = readRange(sentence, tokens, a, open);
    const span = range ?? a;
    const post = readBoundAfter(sentence, tokens, span.last);
    const last = post?.last ?? span.last;
    const end = post === null ? span.end : (tokens[post.last] as Token).end;
    const currencyAt = currencyStart(sentence, t);
    const unit = currencyAt === null ? readUnit(sentence, tokens, last, end) : null;
    const why = notACount(sentence, tokens, { first: span.first, last: span.last, currencyAt, unit: unit?.unit ?? null });
    i = last;
    if (why !== null) continue;

    let start = range !== null && open !== null ? span.first - 1 : span.first;
    if (currencyAt !== null) start = tokenAt(tokens, span.first, currencyAt);
    const pre = readBoundBefore(sentence, tokens, start);
    const bound = pre ?? post;
    const kind = bound?.kind ?? null;
    const startAt = Math.min(currencyAt ?? Infinity, (tokens[start] as Token).index);
    const index = pre !== null ? (tokens[pre.first] as Token).index : startAt;
    out.push({
      text: sentence.slice(index, end),
      index,
      end,
      ...limits(span, kind),
      bound: bound === null ? null : boundText(sentence, tokens, bound),
      boundKind: kind,
      approximate: kind === "approximate" || span.approx,
      vague: span.vague,
      range: range !== null,
      unit: currencyAt !== null ? sentence.slice(currencyAt, t.index).trim().toLowerCase() : (unit?.unit ?? null),
      unitEnd: unit?.unitEnd ?? end,
      preceding: sentence.slice(Math.max(0, index - CONTEXT), index),
      following: sentence.slice(end, end + CONTEXT),
    });
  }
  return out;
}
