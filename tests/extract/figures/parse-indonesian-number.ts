/**
 * Test helper (the parser reads numbers inside sentences, `readNumberPhrase`):
 * parses an Indonesian number written in digits, words or both.
 */
import { readNumberPhrase } from "../../../src/extract/figures/read-number-phrase.ts";
import { tokenize } from "../../../src/extract/figures/tokenize.ts";

const ONLY_SPACE = /^\s*$/;

/**
 * The value of `words` when the whole string is one number, else null.
 *
 * Digits follow the news convention ("." groups thousands, "," is the
 * decimal point): "10.000" = 10 000, "1.060.000", "2,5 juta" = 2 500 000,
 * "2,8 ribu" = 2 800. An informal "9.5 juta" (a dot before one or two
 * digits) is read as 9 500 000. Words: "tiga", "sebelas", "dua puluh",
 * "seratus", "seribu", "sepuluh ribu", "sejuta", "selusin" = 12,
 * "setengah juta" = 500 000. An "-an" scale ("400 ribuan", "1.000-an")
 * gives its value; the caller decides that it is approximate. Magnitude
 * words ("ratusan") and ranges ("10.000-12.000") are not one number: null.
 * Never throws.
 *
 * @example
 * ["10.000", "2,5 juta", "sepuluh ribu", "selusin", "ratusan"].map(parseIndonesianNumber);
 * //=> [10000, 2500000, 10000, 12, null]
 */
export function parseIndonesianNumber(words: string): number | null {
  if (typeof words !== "string") return null;
  const tokens = tokenize(words);
  const first = tokens[0];
  if (first === undefined || !ONLY_SPACE.test(words.slice(0, first.index))) return null;
  const phrase = readNumberPhrase(words, tokens, 0);
  if (phrase === null || phrase.last !== tokens.length - 1) return null;
  if (!ONLY_SPACE.test(words.slice(phrase.end))) return null;
  return phrase.value;
}
