/**
 * A chrono parser for dates written with a month name: "5 November",
 * "27 Februari 2025", "7-12 Maret", "Agustus 2024", "pertengahan Januari, 2025"
 * (the part word is added by a refiner), "bulan Oktober", "13 Dec 2017",
 * "February 27, 2025". Names come from the date vocabulary (Indonesian and
 * English, old spellings, abbreviations).
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { nameKey } from "../../../calendar/calendar-names.ts";
import { once } from "../../../lexicon/define-lexicon.ts";
import { dateVocabulary } from "../date-vocabulary.ts";
import { isBoundaryAfter, isBoundaryBefore, isCapital, wordAfter, wordBefore, WORD_CLASS as W } from "../text-context.ts";

const DAY = "(\\d{1,2})";
const PATTERN = once(() => {
  const S = dateVocabulary().source;
  return new RegExp(
    `(?<![${W}]|\\d[.,:/])` +
      "(?:(bulan)\\s{1,3})?" +
      `(?:${DAY}(?:\\s{0,3}${S.range}\\s{0,3}${DAY})?(?:\\s{1,3}|\\s{0,2}[-/.]\\s{0,2}))?` +
      `(${S.month})(?:\\.(?=\\s{0,3}\\d))?` +
      "(?:\\s{1,3}(\\d{1,2}),\\s{0,3}(\\d{4})|(?:\\s{1,3}|\\s{0,2}[,\\-/]\\s{0,2})(?:tahun\\s{1,3})?(\\d{4}))?" +
      `(?![${W}]|[.,]\\d)`,
    "i",
  );
});
const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

/** Whether a month named alone (no day, no year) reads as a date here. */
function standsAlone(text: string, nameStart: number, end: number, afterBulan: boolean): boolean {
  if (!isCapital(text, nameStart)) return false;
  if (afterBulan) return true;
  const before = wordBefore(text, nameStart);
  if (before && dateVocabulary().monthCues.has(before.word)) return true;
  if (before && isCapital(text, before.start)) return false;
  const after = wordAfter(text, end);
  if (!after || dateVocabulary().pastMarkers.has(after.word) || dateVocabulary().rangeConnectors.has(after.word)) return true;
  return !isCapital(text, after.start) || dateVocabulary().months.has(after.word) || dateVocabulary().weekdays.has(after.word);
}

export class MonthNameParser implements Parser {
  pattern(): RegExp {
    return PATTERN();
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const text = context.text;
    const [whole, bulan, d1, d2, name, midDay, midYear, year] = match;
    let index = match.index ?? 0;
    const end = index + whole.length;
    if (name === undefined || !isBoundaryBefore(text, index) || !isBoundaryAfter(text, end)) return null;
    const key = nameKey(name);
    const month = dateVocabulary().months.get(key);
    if (month === undefined) return null;
    const dayText = d1 ?? midDay;
    const yearText = year ?? midYear;
    if (d1 !== undefined && midDay !== undefined) return null;
    const nameStart = index + whole.indexOf(name, bulan ? bulan.length : 0);
    if (dayText === undefined && yearText === undefined) {
      if (!dateVocabulary().freeMonths.has(key) || !standsAlone(text, nameStart, end, bulan !== undefined)) return null;
    }
    if (bulan !== undefined && dayText !== undefined) index = index + whole.indexOf(dayText, bulan.length);
    const start = context.createParsingComponents({ month });
    const day = dayText === undefined ? undefined : Number(dayText);
    if (day !== undefined) {
      if (day < 1 || day > 31) return null;
      start.assign("day", day);
    }
    if (yearText !== undefined) {
      const y = Number(yearText);
      if (y < MIN_YEAR || y > MAX_YEAR) return null;
      start.assign("year", y);
    }
    const result = context.createParsingResult(index, text.slice(index, end), start);
    if (d2 !== undefined && day !== undefined) {
      const day2 = Number(d2);
      if (day2 <= day || day2 > 31) return null;
      result.end = start.clone();
      result.end.assign("day", day2);
    }
    return result;
  }
}
