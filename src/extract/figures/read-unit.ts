/**
 * Reads the noun a number counts: the word after it ("10.000 tentara"), a
 * unit of several words ("30 km persegi"), a glued unit ("30km"), or "%".
 */
import { opensAmount } from "./read-amount.ts";
import { matchStartingAt } from "./tokenize.ts";
import { quantityWords } from "./quantity-lexicon.ts";
import type { Token } from "./tokenize.ts";

/** The unit of a number and the offset just past it. */
export interface Unit {
  unit: string | null;
  unitEnd: number;
}

const PERCENT = /^ ?%/;
const SPACES = /^[ \t\u00a0]{1,3}$/;

/**
 * The unit after a number whose text ends at offset `end` and whose last
 * token is `last`. Function words ("yang", "dari", "lainnya") are no unit.
 *
 * @example
 * const s = "sekitar 30 km persegi wilayah";
 * readUnit(s, tokenize(s), 1, 10);
 * //=> { unit: "km persegi", unitEnd: 21 }
 */
export function readUnit(sentence: string, tokens: readonly Token[], last: number, end: number): Unit {
  const none = { unit: null, unitEnd: end };
  const percent = PERCENT.exec(sentence.slice(end, end + 2));
  if (percent !== null) return { unit: "%", unitEnd: end + percent[0].length };
  const k = last + 1;
  const t = tokens[k];
  if (t === undefined || t.num) return none;
  if (t.index !== end && !SPACES.test(sentence.slice(end, t.index))) return none;
  const m = matchStartingAt(quantityWords().units, sentence, tokens, k);
  const lastUnit = m === null ? undefined : tokens[m.last];
  if (m !== null && lastUnit !== undefined) return { unit: m.words.join(" "), unitEnd: lastUnit.end };
  if (quantityWords().functionWords.has(t.lower) || opensAmount(t)) return none;
  return { unit: t.lower, unitEnd: t.end };
}
