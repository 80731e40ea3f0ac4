/**
 * Reads an amount at a token: a number ("10.000", "sepuluh ribu") or a
 * magnitude word ("ratusan", "puluhan ribu", "ratusan-ribuan"), as the
 * range of values it stands for.
 */
import { numbersLexicon } from "./numbers-lexicon.ts";
import { readNumberPhrase } from "./read-number-phrase.ts";
import { spacedFromPrevious, type Token } from "./tokenize.ts";

/** An amount read from the tokens of a sentence. */
export interface Amount {
  /** Index of the first and last token read. */
  first: number;
  last: number;
  /** Offset just past the amount's text. */
  end: number;
  min: number;
  max: number;
  /** The large scale it ends with ("ribu" → 1000), or null. */
  scale: number | null;
  /** True for a magnitude word ("ratusan"). */
  vague: boolean;
  /** True for an "-an" scale ("400 ribuan"). */
  approx: boolean;
  /** True when written in words only. */
  wordsOnly: boolean;
  /** True when a single plain numeral of four digits ("2024"). */
  fourDigits: boolean;
}

const FOUR_DIGITS = /^[0-9]{4}$/;

function magnitudeOf(word: string): { min: number; max: number } | undefined {
  const direct = numbersLexicon().vague.get(word);
  if (direct !== undefined || !word.includes("-")) return direct;
  // "ratusan-ribuan": from the first magnitude to the last.
  const parts = word.split("-").map((p) => numbersLexicon().vague.get(p));
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first === undefined || last === undefined || parts.some((p) => p === undefined)) return undefined;
  return first.min <= last.max ? { min: first.min, max: last.max } : undefined;
}

/** True when a token may open an amount (a numeral, number word or magnitude word). */
export function opensAmount(token: Token): boolean {
  if (token.num || numbersLexicon().openers.has(token.lower)) return true;
  return token.lower.includes("-") && magnitudeOf(token.lower) !== undefined;
}

function readMagnitude(sentence: string, tokens: readonly Token[], i: number): Amount | null {
  const token = tokens[i];
  if (token === undefined || token.num) return null;
  const range = magnitudeOf(token.lower);
  if (range === undefined) return null;
  const next = tokens[i + 1];
  const factor = next !== undefined && spacedFromPrevious(sentence, tokens, i + 1) ? numbersLexicon().large.get(next.lower) : undefined;
  const kind = { vague: true, approx: false, wordsOnly: true, fourDigits: false };
  if (next === undefined || factor === undefined) {
    return { first: i, last: i, end: token.end, ...range, scale: null, ...kind };
  }
  // "puluhan ribu" = 10 000–99 999.
  const min = range.min * factor;
  const max = (range.max + 1) * factor - 1;
  if (!Number.isFinite(max)) return null;
  return { first: i, last: i + 1, end: next.end, min, max, scale: factor, ...kind };
}

/**
 * Read the amount starting at token `i`, or null when none starts there.
 *
 * @example
 * const s = "puluhan ribu suporter";
 * const a = readAmount(s, tokenize(s), 0);
 * [a?.min, a?.max, a?.vague];
 * //=> [10000, 99999, true]
 */
export function readAmount(sentence: string, tokens: readonly Token[], i: number): Amount | null {
  const magnitude = readMagnitude(sentence, tokens, i);
  if (magnitude !== null) return magnitude;
  const p = readNumberPhrase(sentence, tokens, i);
  if (p === null) return null;
  const single = p.first === p.last ? tokens[p.first] : undefined;
  return {
    first: p.first,
    last: p.last,
    end: p.end,
    min: p.value,
    max: p.value,
    scale: p.scale,
    vague: false,
    approx: p.approx,
    wordsOnly: p.wordsOnly,
    fourDigits: single !== undefined && FOUR_DIGITS.test(single.text),
  };
}
