/**
 * Turns one chrono result of the date scanner into a `DateExpression`:
 * only the components the text writes, the part/relative/lalu tags, and the
 * range end. A year written once for a range ("Januari hingga Februari
 * 2025") is given to both ends.
 */
import type { ParsedComponents, ParsedResult } from "chrono-node";
import type { DateComponents, DateExpression } from "./date-expression.ts";
import { readDateTags } from "./date-tags.ts";

const WRITTEN = ["year", "month", "day", "weekday"] as const;

/** The components a chrono side (start or end) writes. */
function written(c: ParsedComponents): DateComponents {
  const out: DateComponents = {};
  for (const key of WRITTEN) {
    const value = c.isCertain(key) ? c.get(key) : null;
    if (value !== null) out[key] = value;
  }
  const hour = c.isCertain("hour") ? c.get("hour") : null;
  if (hour !== null && out.day !== undefined && hour >= 0 && hour <= 23) {
    out.hour = hour;
    const minute = c.isCertain("minute") ? c.get("minute") : null;
    if (minute !== null && minute >= 0 && minute <= 59) out.minute = minute;
  }
  const part = readDateTags(c.tags()).part;
  if (part !== undefined) out.part = part;
  return out;
}

/** Month and day as a number for comparing two ends within a year. */
const withinYear = (c: DateComponents): number => (c.month ?? 0) * 100 + (c.day ?? 0);

/** Give a year written at one end of a range to the other end. */
function shareYear(start: DateComponents, end: DateComponents): void {
  if (start.year === undefined && end.year !== undefined) {
    start.year = end.year - (withinYear(start) > withinYear(end) ? 1 : 0);
  } else if (end.year === undefined && start.year !== undefined) {
    end.year = start.year + (withinYear(end) < withinYear(start) ? 1 : 0);
  }
}

/**
 * Convert a chrono result found at `index` of the scanned text.
 *
 * @example
 * // for chrono's result for "Januari hingga Februari 2025" at offset 5:
 * toDateExpression(result, 5);
 * //=> { text: "Januari hingga Februari 2025", index: 5, end: 33, month: 1, flags: { weekday: false },
 * //     year: 2025, rangeEnd: { year: 2025, month: 2 } }
 */
export function toDateExpression(result: ParsedResult, index: number): DateExpression {
  const start = written(result.start);
  const tags = readDateTags(result.tags());
  const expr: DateExpression = {
    text: result.text,
    index,
    end: index + result.text.length,
    ...start,
    flags: { weekday: start.weekday !== undefined },
  };
  if (result.end) {
    const rangeEnd = written(result.end);
    shareYear(expr, rangeEnd);
    expr.rangeEnd = rangeEnd;
  }
  if (tags.relative) expr.relative = tags.relative;
  if (tags.past) expr.past = true;
  if (tags.next) expr.next = true;
  return expr;
}
