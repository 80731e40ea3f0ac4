/**
 * The calendar span of an ISO value at its precision, as the `Published`
 * and `Mention` fields need it.
 */
import type { Precision } from "../../schema/entry.ts";

const pad = (n: number): string => String(n).padStart(2, "0");

/** Last day of a month. */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Precision, first and last day of an ISO date as written in front matter.
 *
 * @example
 * spanOfIso("2025-02") //=> { date: "2025-02", precision: "month", start: "2025-02-01", end: "2025-02-28" }
 * spanOfIso("2025-02-27 16:59") //=> { date: "2025-02-27T16:59", precision: "minute", start: "2025-02-27", end: "2025-02-27" }
 */
export function spanOfIso(value: string): { date: string; precision: Precision; start: string; end: string } {
  const [y, m, d] = [value.slice(0, 4), value.slice(5, 7), value.slice(8, 10)].map(Number) as [number, number, number];
  if (value.length === 4) return { date: value, precision: "year", start: `${value}-01-01`, end: `${value}-12-31` };
  if (value.length === 7) return { date: value, precision: "month", start: `${value}-01`, end: `${value}-${pad(lastDay(y, m))}` };
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (value.length === 10) return { date: day, precision: "day", start: day, end: day };
  return { date: `${day}T${value.slice(11, 16)}`, precision: "minute", start: day, end: day };
}
