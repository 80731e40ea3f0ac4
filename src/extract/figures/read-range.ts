/**
 * Reads the second end of a range after an amount: "1.000 hingga 3.000",
 * "10.000-12.000", "250 ribu sampai 300 ribu", "antara 1.000 dan 3.000",
 * "ratusan hingga ribuan".
 */
import { quantityWords } from "./quantity-lexicon.ts";
import { opensAmount, readAmount, type Amount } from "./read-amount.ts";
import type { Token } from "./tokenize.ts";

/** Most tokens a joiner may take ("sampai dengan", "s.d."). */
const JOINER_TOKENS = 3;
/** Most characters a joiner may take with its spaces. */
const JOINER_CHARS = 24;

/**
 * The range that starts with amount `a`, or null when no range follows.
 * `opener` is the lowercased word before `a` ("antara", "dari") when there
 * is one: some joiners count only after it ("antara ... dan ..."). When
 * only the second end has a scale ("10 hingga 20 ribu"), the scale applies
 * to both, if that keeps the range in order.
 *
 * @example
 * const s = "antara 1.000 dan 3.000 tentara";
 * const t = tokenize(s);
 * const r = readRange(s, t, readAmount(s, t, 1)!, "antara");
 * [r?.min, r?.max];
 * //=> [1000, 3000]
 */
export function readRange(sentence: string, tokens: readonly Token[], a: Amount, opener: string | null): Amount | null {
  let k = a.last + 1;
  const limit = Math.min(tokens.length, k + JOINER_TOKENS + 1);
  while (k < limit && !opensAmount(tokens[k] as Token)) k++;
  const next = tokens[k];
  if (k >= limit || next === undefined || next.index - a.end > JOINER_CHARS) return null;
  const between = sentence.slice(a.end, next.index);
  const joined =
    quantityWords().joiner.test(between) ||
    (opener !== null && quantityWords().openerJoiners.get(opener)?.test(between) === true);
  if (!joined) return null;
  const b = readAmount(sentence, tokens, k);
  if (b === null) return null;
  let min = a.min;
  let max = a.max;
  if (!a.vague && !b.vague && a.scale === null && b.scale !== null) {
    const scaled = a.min * b.scale;
    if (Number.isFinite(scaled) && scaled < b.min) min = max = scaled;
  }
  if (b.vague || a.vague ? min > b.max : min >= b.min) return null;
  return {
    first: a.first,
    last: b.last,
    end: b.end,
    min,
    max: Math.max(max, b.max),
    scale: b.scale,
    vague: a.vague || b.vague,
    approx: a.approx || b.approx,
    wordsOnly: a.wordsOnly && b.wordsOnly,
    fourDigits: a.fourDigits || b.fourDigits,
  };
}
