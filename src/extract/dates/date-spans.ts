/**
 * Calendar spans at each precision of the schema: a day (or a minute), a
 * month or a part of it, a year or a part of it, with their ISO value and
 * first and last day.
 */
import type { Precision } from "../../schema/entry.ts";
import { daysInMonth, isoDay, isoMonth, isValidYmd, MAX_YEAR, MIN_YEAR, type Ymd } from "../../calendar/calendar.ts";
import type { DatePart } from "./date-expression.ts";

export interface Span {
  iso: string;
  precision: Precision;
  start: Ymd;
  end: Ymd;
  inferred: boolean;
}

/** Days of a month each part covers: early 1–10, mid 11–20, late 21–end. */
const MONTH_PART_DAYS: Record<DatePart, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };
/** Months of a year each part covers: early January–April, mid May–August, late September–December. */
const YEAR_PART_MONTHS: Record<DatePart, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };

const isYear = (year: number): boolean => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
const pad2 = (n: number): string => String(n).padStart(2, "0");

/** One day, or one minute of it when hour and minute are both given. */
export function daySpan(ymd: Ymd, inferred: boolean, hour?: number, minute?: number): Span | null {
  if (!isValidYmd(ymd)) return null;
  const timed =
    hour !== undefined && minute !== undefined && Number.isInteger(hour) && Number.isInteger(minute) && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
  return {
    iso: timed ? `${isoDay(ymd)}T${pad2(hour)}:${pad2(minute)}` : isoDay(ymd),
    precision: timed ? "minute" : "day",
    start: ymd,
    end: ymd,
    inferred,
  };
}

/** A month, or its early, middle or late part. */
export function monthSpan(year: number, month: number, part: DatePart | undefined, inferred: boolean): Span | null {
  if (!isYear(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  const [from, to] = part ? MONTH_PART_DAYS[part] : [1, last];
  return {
    iso: isoMonth(year, month),
    precision: part ? `${part}-month` : "month",
    start: { year, month, day: from },
    end: { year, month, day: Math.min(to, last) },
    inferred,
  };
}

/** A year, or its early, middle or late part. */
export function yearSpan(year: number, part: DatePart | undefined, inferred: boolean): Span | null {
  if (!isYear(year)) return null;
  const [from, to] = part ? YEAR_PART_MONTHS[part] : [1, 12];
  return {
    iso: String(year).padStart(4, "0"),
    precision: part ? `${part}-year` : "year",
    start: { year, month: from, day: 1 },
    end: { year, month: to, day: daysInMonth(year, to) },
    inferred,
  };
}

/** A run of days given by its first and last day (a week, a weekend). */
export function daysSpan(start: Ymd, end: Ymd, precision: "week" | "day-range", inferred: boolean): Span | null {
  if (!isValidYmd(start) || !isValidYmd(end)) return null;
  return { iso: `${isoDay(start)}/${isoDay(end)}`, precision, start, end, inferred };
}

/** How coarse a precision is: 0 for a day or finer, 1 for a month or a part of one, 2 for a year or a part of one. */
export function coarseness(precision: Precision): 0 | 1 | 2 {
  if (precision === "minute" || precision === "day" || precision === "day-range" || precision === "week") return 0;
  return precision.endsWith("year") ? 2 : 1;
}

/**
 * Precision, first and last day of an ISO value as front matter, a URL or a
 * range's end writes it (`2025`, `2025-02`, `2025-02-05`, `2025-02-27 16:59`).
 *
 * @example
 * spanOfIso("2025-02") //=> { date: "2025-02", precision: "month", start: "2025-02-01", end: "2025-02-28" }
 * spanOfIso("2025-02-27 16:59") //=> { date: "2025-02-27T16:59", precision: "minute", start: "2025-02-27", end: "2025-02-27" }
 */
export function spanOfIso(value: string): { date: string; precision: Precision; start: string; end: string } {
  const [year, month, day] = [value.slice(0, 4), value.slice(5, 7), value.slice(8, 10)].map(Number) as [number, number, number];
  if (value.length === 4) return { date: value, precision: "year", start: `${value}-01-01`, end: `${value}-12-31` };
  if (value.length === 7) return { date: value, precision: "month", start: `${value}-01`, end: isoDay({ year, month, day: daysInMonth(year, month) }) };
  const iso = isoDay({ year, month, day });
  if (value.length === 10) return { date: iso, precision: "day", start: iso, end: iso };
  return { date: `${iso}T${value.slice(11, 16)}`, precision: "minute", start: iso, end: iso };
}
