/**
 * The last refiner: keeps only results that are dates (a written year,
 * month, day or weekday, or a shift such as "tahun lalu") whose day exists
 * in its month. Times alone ("pukul 19.10") go here.
 */
import { daysInMonth } from "../../../calendar/calendar.ts";
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { readDateTags } from "../date-tags.ts";
import { hasDatePart } from "./result-kinds.ts";

/** The year of a date whose year is not written: a leap year, so that 29 February can exist. */
const LEAP_YEAR = 2000;

/** True when the written month and day can exist together. */
function isPossible(c: ParsingComponents): boolean {
  const month = c.isCertain("month") ? c.get("month") : null;
  const day = c.isCertain("day") ? c.get("day") : null;
  const year = c.isCertain("year") ? (c.get("year") ?? undefined) : undefined;
  if (month !== null && (month < 1 || month > 12)) return false;
  if (day !== null && (day < 1 || day > (month === null ? 31 : daysInMonth(year ?? LEAP_YEAR, month)))) return false;
  return true;
}

export class FinalFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const isDate = hasDatePart(r.start) || readDateTags(r.tags()).relative !== undefined;
      return isDate && r.text.length > 0 && isPossible(r.start) && (!r.end || isPossible(r.end));
    });
  }
}
