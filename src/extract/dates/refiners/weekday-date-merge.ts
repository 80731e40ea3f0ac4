/**
 * Joins a weekday to the date after it: "Selasa (4/2/2025)", "Kamis, 27
 * Februari 2025", "Jumat malam, 26 Mei 2017", "Rabu 20 Oktober 2021". When
 * the date is in brackets the closing bracket joins the text.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { once } from "../../../lexicon/define-lexicon.ts";
import { dateVocabulary } from "../date-vocabulary.ts";
import { mergeAdjacent } from "./merge-adjacent.ts";
import { isBareWeekday, isCalendarDate, resultEnd } from "./result-kinds.ts";

const BETWEEN = once(() => new RegExp(`^\\s{0,3}(?:${dateVocabulary().source.ofDay}\\s{0,3})?,?\\s{0,3}(\\()?\\s{0,2}$`, "i"));
const CLOSE = /^\s{0,2}\)/;

export class WeekdayDateMerge implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    return mergeAdjacent(results, (cur, next) => {
      if (!isBareWeekday(cur) || !isCalendarDate(next) || !next.start.isCertain("day")) return null;
      const m = BETWEEN().exec(text.slice(resultEnd(cur), next.index));
      let end = resultEnd(next);
      const close = m?.[1] ? CLOSE.exec(text.slice(end, end + 3)) : null;
      if (!m || (m[1] && !close)) return null;
      if (close) end += close[0].length;
      const merged = next.clone();
      merged.index = cur.index;
      merged.text = text.slice(cur.index, end);
      merged.start.assign("weekday", cur.start.get("weekday") ?? 0);
      return merged;
    });
  }
}
