/**
 * Places a scanned date expression on the calendar. Partial dates are read
 * against the article's own date and INTO THE PAST: a month without a year
 * is the most recent such month on or before the reference month, "(5/2)"
 * is 5 February of the reference year or of the year before when that
 * would be after the reference, a weekday is the most recent such day on
 * or before the reference. A date the words put in the future ("Kamis (6/2)
 * mendatang", "mulai Maret") is read forward instead: the next such day or
 * month on or after the reference.
 */
import { addDays, compareYmd, isValidYmd, isoDay, parseIsoDay, weekdayOf, type Ymd } from "../../calendar/calendar.ts";
import type { DateComponents, DateExpression, DateReference, ResolvedDate } from "./date-expression.ts";
import { coarseness, daySpan, monthSpan, type Span, yearSpan } from "./date-spans.ts";
import { resolveRelative } from "./resolve-relative.ts";

const RANGE_PRECISION = ["day-range", "month-range", "year-range"] as const;
const ISO_VALUE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?(\/\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?)?$/;
/** How many years back a yearless "29 Februari" may look for a leap year. */
const LEAP_SEARCH = 8;

const isInt = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n);

/** The most recent day/month on or before the reference, preferring a year where the weekday fits. */
function pastDayMonth(c: DateComponents, month: number, day: number, ref: Ymd): Ymd | null {
  let year = ref.year;
  if (compareYmd({ year, month, day }, ref) > 0) year--;
  for (let k = 0; k < LEAP_SEARCH && !isValidYmd({ year, month, day }); k++) year--;
  const found = { year, month, day };
  if (!isValidYmd(found)) return null;
  if (isInt(c.weekday) && weekdayOf(found) !== c.weekday) {
    const earlier = { year: year - 1, month, day };
    if (isValidYmd(earlier) && weekdayOf(earlier) === c.weekday) return earlier;
  }
  return found;
}

/** The next day/month on or after the reference, preferring a year where the weekday fits. */
function nextDayMonth(c: DateComponents, month: number, day: number, ref: Ymd): Ymd | null {
  let year = ref.year;
  if (compareYmd({ year, month, day }, ref) < 0) year++;
  for (let k = 0; k < LEAP_SEARCH && !isValidYmd({ year, month, day }); k++) year++;
  const found = { year, month, day };
  if (!isValidYmd(found)) return null;
  if (isInt(c.weekday) && weekdayOf(found) !== c.weekday) {
    const later = { year: year + 1, month, day };
    if (isValidYmd(later) && weekdayOf(later) === c.weekday) return later;
  }
  return found;
}

/** A weekday named alone: the most recent on or before the reference ("lalu": before it; "depan": after it). */
function weekdaySpan(weekday: number, past: boolean, next: boolean, ref: Ymd): Span | null {
  const today = weekdayOf(ref);
  if (next) return daySpan(addDays(ref, ((weekday - today + 7) % 7) || 7), true);
  const back = (today - weekday + 7) % 7;
  return daySpan(addDays(ref, back === 0 && past ? -7 : -back), true);
}

/** The span of one side of an expression (no shift), or null when it needs a reference it lacks. */
function resolveSide(c: DateComponents, expr: DateExpression, ref: Ymd | null): Span | null {
  const { year, month, day } = c;
  if (day !== undefined && month === undefined) return null;
  if (year !== undefined) {
    if (!isInt(year)) return null;
    if (!isInt(month)) return month === undefined ? yearSpan(year, c.part, false) : null;
    if (!isInt(day)) return day === undefined ? monthSpan(year, month, c.part, false) : null;
    return daySpan({ year, month, day }, false, c.hour, c.minute);
  }
  if (!ref) return null;
  if (isInt(month) && month >= 1 && month <= 12) {
    if (isInt(day)) {
      const found = expr.future ? nextDayMonth(c, month, day, ref) : pastDayMonth(c, month, day, ref);
      return found ? daySpan(found, true, c.hour, c.minute) : null;
    }
    if (expr.future) return monthSpan(month >= ref.month ? ref.year : ref.year + 1, month, c.part, true);
    return monthSpan(month <= ref.month ? ref.year : ref.year - 1, month, c.part, true);
  }
  if (isInt(c.weekday) && c.weekday >= 0 && c.weekday <= 6 && month === undefined) {
    return weekdaySpan(c.weekday, expr.past === true, expr.next === true, ref);
  }
  return null;
}

/** Join the spans of the two ends of a range. */
function joinRange(from: Span, to: Span): Span {
  const level = Math.max(coarseness(from.precision), coarseness(to.precision));
  const [first, last] = compareYmd(from.start, to.start) <= 0 ? [from, to] : [to, from];
  return {
    iso: `${first.iso}/${last.iso}`,
    precision: RANGE_PRECISION[level]!,
    start: first.start,
    end: compareYmd(first.end, last.end) >= 0 ? first.end : last.end,
    inferred: from.inferred || to.inferred,
  };
}

/** The range end's components, completed with the start's month and year where it leaves them out. */
function completeEnd(end: DateComponents, start: DateComponents, startSpan: Span): DateComponents {
  const month = end.month ?? (end.day !== undefined ? start.month : undefined);
  if (end.year !== undefined || month === undefined) return { ...end, month };
  const startYear = startSpan.start.year;
  const earlier = (month ?? 0) * 100 + (end.day ?? 0) < (start.month ?? 0) * 100 + (start.day ?? 0);
  return { ...end, month, year: earlier ? startYear + 1 : startYear };
}

function resolveSpan(expr: DateExpression, ref: Ymd | null): Span | null {
  if (expr.relative) return ref ? resolveRelative(expr, ref) : null;
  const startSpan = resolveSide(expr, expr, ref);
  if (!startSpan || !expr.rangeEnd) return startSpan;
  const endSpan = resolveSide(completeEnd(expr.rangeEnd, expr, startSpan), expr, ref);
  if (!endSpan) return null;
  return joinRange(startSpan, endSpan);
}

/**
 * Place a date expression on the calendar against the article's date
 * (`null` when unknown: then only fully specified dates resolve).
 *
 * @example
 * resolveDate(scanDates("Rabu (5/2)")[0], { date: "2025-02-27" });
 * //=> { iso: "2025-02-05", precision: "day", start: "2025-02-05", end: "2025-02-05",
 * //     inferred: true, relative: false, weekday: true }
 * resolveDate(scanDates("pekan lalu")[0], { date: "2025-02-27" });
 * //=> { iso: "2025-02-17/2025-02-23", precision: "week", start: "2025-02-17", end: "2025-02-23",
 * //     inferred: true, relative: true, weekday: false }
 */
export function resolveDate(expr: DateExpression, reference: DateReference | null): ResolvedDate | null {
  try {
    const ref = reference ? parseIsoDay(reference.date) : null;
    const span = resolveSpan(expr, ref);
    if (!span || !isValidYmd(span.start) || !isValidYmd(span.end) || compareYmd(span.start, span.end) > 0) return null;
    if (!ISO_VALUE.test(span.iso)) return null;
    const bareWeekday = expr.weekday !== undefined && expr.month === undefined && expr.day === undefined;
    return {
      iso: span.iso,
      precision: span.precision,
      start: isoDay(span.start),
      end: isoDay(span.end),
      inferred: span.inferred,
      relative: expr.relative !== undefined || bareWeekday || expr.past === true,
      weekday: expr.flags?.weekday === true || expr.weekday !== undefined,
    };
  } catch {
    return null;
  }
}

/**
 * True when the expression resolves without a reference date: it writes its
 * year and depends on no word counted from the article's date.
 *
 * @example
 * isFullySpecified(scanDates("Kamis, 27 Februari 2025")[0]); //=> true
 * isFullySpecified(scanDates("Rabu (5/2)")[0]); //=> false
 */
export function isFullySpecified(expr: DateExpression): boolean {
  return resolveDate(expr, null) !== null;
}
