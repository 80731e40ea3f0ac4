/**
 * Joins two dates around a range word into one range: "Januari hingga
 * Februari 2025", "30 Januari - 2 Februari 2025", "awal Januari sampai akhir
 * Maret". Ranges inside one date ("7-12 Maret", "2025–2029") are read by the
 * parsers themselves.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { once } from "../../../lexicon/define-lexicon.ts";
import { dateVocabulary } from "../date-vocabulary.ts";
import { mergeAdjacent } from "./merge-adjacent.ts";
import { isCalendarDate, resultEnd } from "./result-kinds.ts";

const BETWEEN = once(() => new RegExp(`^\\s{0,3}${dateVocabulary().source.range}\\s{0,3}$`, "i"));

/** Year, month and day as a sortable number, with missing parts as 0. */
function ordinal(c: ParsingComponents, withYear: boolean): number {
  const year = withYear ? (c.isCertain("year") ? (c.get("year") ?? 0) : 0) : 0;
  const month = c.isCertain("month") ? (c.get("month") ?? 0) : 0;
  const day = c.isCertain("day") ? (c.get("day") ?? 0) : 0;
  return year * 10000 + month * 100 + day;
}

/** True when the two dates can be the ends of one range, in order. */
function canJoin(from: ParsingResult, to: ParsingResult): boolean {
  if (from.end || to.end || !isCalendarDate(from) || !isCalendarDate(to)) return false;
  const a = from.start;
  const b = to.start;
  if (a.isCertain("month") !== b.isCertain("month")) return false;
  if (a.isCertain("year") && b.isCertain("year")) return ordinal(a, true) < ordinal(b, true);
  return true;
}

export class RangeMerge implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    return mergeAdjacent(results, (cur, next) => {
      if (!canJoin(cur, next) || !BETWEEN().test(text.slice(resultEnd(cur), next.index))) return null;
      const merged = cur.clone();
      merged.end = next.start.clone();
      merged.text = text.slice(cur.index, resultEnd(next));
      return merged;
    });
  }
}
