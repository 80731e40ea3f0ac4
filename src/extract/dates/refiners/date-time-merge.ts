/**
 * Joins a date to the time written after it: "27 February 2025 16:59",
 * "27/03/2024, 06:16 WIB", "Rabu, 08 April 2015 - 17:42 WIB", "Senin, 3
 * Oktober 2022 | 09:31 WIB", "Senin (27/1/2025) sekitar pukul 10.00 WIB".
 * A time alone is never a date; the final filter drops it.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { once } from "../../../lexicon/define-lexicon.ts";
import { dateVocabulary } from "../date-vocabulary.ts";
import { mergeAdjacent } from "./merge-adjacent.ts";
import { isCalendarDate, isTimeOnly, resultEnd } from "./result-kinds.ts";

const SIGNS = /[\s,\-–—|•·]{0,6}/.source;
const BETWEEN = once(() => {
  const S = dateVocabulary().source;
  return new RegExp(`^${SIGNS}(?:(?:${S.ofDay}|${S.joiner})\\s{1,3}){0,2}$`, "i");
});

export class DateTimeMerge implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    return mergeAdjacent(results, (cur, next) => {
      if (
        cur.end ||
        next.end ||
        !isCalendarDate(cur) ||
        !cur.start.isCertain("day") ||
        cur.start.isCertain("hour") ||
        !isTimeOnly(next) ||
        !BETWEEN().test(text.slice(resultEnd(cur), next.index))
      ) {
        return null;
      }
      const merged = cur.clone();
      merged.start.assign("hour", next.start.get("hour") ?? 0);
      if (next.start.isCertain("minute")) merged.start.assign("minute", next.start.get("minute") ?? 0);
      merged.text = text.slice(cur.index, resultEnd(next));
      return merged;
    });
  }
}
