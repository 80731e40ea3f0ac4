/**
 * Whether a sentence states a figure: a number that is not a year, a date
 * or a clock time, or a word of magnitude ("ratusan", "ribuan").
 */
import { claimsLexicon } from "./compile-lexicon.ts";
import { splitWords, type Words } from "../../text/tokenize.ts";

const NUMBER = /\d+(?:[.,]\d+)*/g;
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * @example
 * hasFigure("sekitar 300 tentara Korea Utara tewas") //=> true
 * hasFigure("pada Selasa (4/2/2025) dan Februari 2022") //=> false
 */
export function hasFigure(text: string, words: Words = splitWords(text)): boolean {
  NUMBER.lastIndex = 0;
  let seen = 0;
  for (let m = NUMBER.exec(text); m !== null && seen < 64; m = NUMBER.exec(text), seen++) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    // dates (4/2), clock times (16:59) and names with digits (Liputan6)
    if (before === "/" || after === "/" || before === ":" || after === ":") continue;
    if (before !== undefined && /\p{L}/u.test(before)) continue;
    if (YEAR.test(m[0])) continue;
    if (claimsLexicon().notCountBefore.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    return true;
  }
  return words.lower.some((word) => claimsLexicon().magnitudes.has(word));
}
