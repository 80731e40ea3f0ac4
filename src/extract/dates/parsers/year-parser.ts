/**
 * A chrono parser for years written without a month: "tahun 2023", "pada
 * tahun 2022", "sejak 2014", "akhir 2024" (the part word is added by a
 * refiner), "bahwa 2025 akan menjadi tahun", and year ranges "2025–2029",
 * "tahun 2001-2024". A bare four-digit number is a year only in context:
 * after "tahun" or a cue word, or before a word such as "akan"; never before
 * a count noun ("2025 tentara") or after a quantity word ("sebanyak 2000").
 * "1990-an" is the decade 1990–1999; "UU Nomor 1 Tahun 2023" is no date.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { once } from "../../../lexicon/define-lexicon.ts";
import { dateVocabulary } from "../date-vocabulary.ts";
import { isBoundaryBefore, wordAfter, wordBefore, WORD_CLASS as W } from "../text-context.ts";

const PATTERN = once(() => {
  const S = dateVocabulary().source;
  return new RegExp(
    `(?<![${W}]|\\d[.,/:-])` +
      "(?:(tahun)\\s{1,3})?(\\d{4})" +
      `(?:(-an)|\\s{0,3}(?:${S.range}|/)\\s{0,3}(\\d{4}))?` +
      `(?![${W}]|[.,:/]\\d)`,
    "i",
  );
});
const MAX_SPAN = 100;
const DECADE = 10;
const REGULATION_BEFORE = once(() => new RegExp(`(?:^|[^${W}])${dateVocabulary().regulations}\\.?\\s{0,3}$`, "i"));
const NUMBER = /^\d[\d.,]*$/;

function isYear(n: number): boolean {
  const years = dateVocabulary().years;
  return n >= years.min && n <= years.max;
}

/** Whether the words around a bare year make it a year. */
function yearInContext(text: string, start: number, end: number, isRange: boolean): boolean {
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  const years = dateVocabulary().years;
  if (after && years.counts.has(after.word)) return false;
  if (before && years.quantities.has(before.word)) return false;
  if (before && years.before.has(before.word)) {
    if (!dateVocabulary().rangeConnectors.has(before.word)) return true;
    const earlier = wordBefore(text, before.start);
    return !(earlier && NUMBER.test(earlier.word) && !isYear(Number(earlier.word)));
  }
  if (after && years.after.has(after.word)) return true;
  return isRange && !(before && NUMBER.test(before.word));
}

/** True for the "Tahun" of a regulation's name: "UU Nomor 1 Tahun 2023". */
function isRegulationName(text: string, index: number): boolean {
  const number = wordBefore(text, index);
  if (!number || !/^\d+$/.test(number.word)) return false;
  return REGULATION_BEFORE().test(text.slice(Math.max(0, number.start - 12), number.start));
}

export class YearParser implements Parser {
  pattern(): RegExp {
    return PATTERN();
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const text = context.text;
    const [whole, tahun, firstText, decade, secondText] = match;
    const index = match.index ?? 0;
    if (firstText === undefined || !isBoundaryBefore(text, index)) return null;
    const tahunBefore = tahun === undefined ? wordBefore(text, index) : null;
    const tahunAt = tahun !== undefined ? index : tahunBefore?.word === "tahun" ? tahunBefore.start : -1;
    if (tahunAt >= 0 && isRegulationName(text, tahunAt)) return null;
    const first = Number(firstText);
    if (!isYear(first)) return null;
    let second: number | undefined;
    if (decade !== undefined) {
      if (first % DECADE !== 0) return null;
      second = first + DECADE - 1;
    } else if (secondText !== undefined) {
      second = Number(secondText);
      if (!isYear(second) || second <= first || second - first > MAX_SPAN) return null;
    }
    if (tahun === undefined && !yearInContext(text, index, index + whole.length, second !== undefined)) return null;
    const result = context.createParsingResult(index, whole, { year: first });
    if (second !== undefined) result.end = context.createParsingComponents({ year: second });
    return result;
  }
}
