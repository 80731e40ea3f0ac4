/**
 * The first refiner: drops what chrono reads into plain numbers. A time must
 * look like one ("pukul 19.10", "16:59", "19.10 WIB") and stand apart from
 * other digits, so "1.000 hingga 3.000" or "10.000-12.000" are never times.
 * A day/month without a year ("5/2") counts only in brackets or after a
 * weekday or "tanggal", so "24/7" and "2/3 wilayah" are no dates.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { once } from "../../../lexicon/define-lexicon.ts";
import { GARBLED_YEAR_TAG } from "../date-tags.ts";
import { dateVocabulary } from "../date-vocabulary.ts";
import { wordBefore, WORD_CLASS as W } from "../text-context.ts";
import { isTimeOnly, resultEnd } from "./result-kinds.ts";

const TIME_PREFIX = once(() => new RegExp(`^${dateVocabulary().source.timePrefix}(?![${W}])`, "i"));
const COLON_TIME = /\d{1,2}:\d{2}/;
const ZONED_TIME = once(() => new RegExp(`^\\d{1,2}\\.\\d{2}\\s{0,2}${dateVocabulary().source.zone}(?![${W}])`, "i"));
const DIGIT_BEFORE = /(?:\d|\d[.,])$/;
const DIGIT_AFTER = /^[.,:]?\d/;
const OPEN_BRACKET = /\(\s{0,2}$/;
const DATE_WORDS = new Set(["tanggal", "tgl", "tgl."]);

/** True when a time-only result is a real time, not digits of a larger number. */
function isRealTime(text: string, result: ParsingResult): boolean {
  const before = text.slice(Math.max(0, result.index - 2), result.index);
  const after = text.slice(resultEnd(result), resultEnd(result) + 2);
  if (DIGIT_BEFORE.test(before) || DIGIT_AFTER.test(after)) return false;
  const t = result.text;
  return TIME_PREFIX().test(t) || COLON_TIME.test(t) || ZONED_TIME().test(text.slice(result.index, resultEnd(result) + 8));
}

/** True when a yearless "D/M" stands where a date is expected. */
function isDayMonthInPlace(text: string, result: ParsingResult): boolean {
  if (OPEN_BRACKET.test(text.slice(Math.max(0, result.index - 3), result.index))) return true;
  const before = wordBefore(text, result.index);
  return before !== null && (dateVocabulary().weekdays.has(before.word) || DATE_WORDS.has(before.word));
}

export class NumberNoiseFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    return results.filter((r) => {
      if (isTimeOnly(r)) return isRealTime(text, r);
      if ((r.tags().has("parser/SlashDateFormatParser") || r.tags().has(GARBLED_YEAR_TAG)) && !r.start.isCertain("year")) return isDayMonthInPlace(text, r);
      return true;
    });
  }
}
