/**
 * Questions the date refiners ask of a chrono result: does it carry a
 * calendar date, only a time, only a weekday, a shift from the article's date?
 */
import type { ParsingComponents, ParsingResult } from "chrono-node";
import { readDateTags } from "../date-tags.ts";

type Components = Pick<ParsingComponents, "isCertain" | "tags">;

/** True when a year, month, day or weekday is written. */
export function hasDatePart(c: Components): boolean {
  return c.isCertain("year") || c.isCertain("month") || c.isCertain("day") || c.isCertain("weekday");
}

/** True when only a time of day is written ("pukul 19.10 WIB"). */
export function isTimeOnly(result: ParsingResult): boolean {
  return result.start.isCertain("hour") && !hasDatePart(result.start) && readDateTags(result.tags()).relative === undefined;
}

/** True for a weekday with nothing else and no marker ("Rabu"). */
export function isBareWeekday(result: ParsingResult): boolean {
  const s = result.start;
  const tags = readDateTags(result.tags());
  return (
    s.isCertain("weekday") &&
    !s.isCertain("day") &&
    !s.isCertain("month") &&
    !s.isCertain("year") &&
    !tags.past &&
    !tags.next &&
    tags.relative === undefined
  );
}

/** True for a date on the calendar written with at least a month or a year and no shift. */
export function isCalendarDate(result: ParsingResult): boolean {
  const s = result.start;
  return (s.isCertain("month") || s.isCertain("year")) && readDateTags(result.tags()).relative === undefined;
}

/** The offset just after a result's text. */
export function resultEnd(result: ParsingResult): number {
  return result.index + result.text.length;
}
