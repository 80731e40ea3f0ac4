/**
 * The year of a date written with its weekday but without a year ("Rabu
 * (18/4)", "Selasa, 2 Januari"): the day and month fall on that weekday only
 * every few years (2018, 2029 … for a Wednesday 18 April), and the evidence
 * around the article picks one of them.
 */
import { addDaysIso, isoDay, isValidYmd, weekdayOf } from "../../calendar/calendar.ts";
import { dateVocabulary } from "../dates/date-vocabulary.ts";

/** What places the year. */
export interface YearEvidence {
  /** The text's newest own date: the article is from then or later (`YYYY-MM-DD`). */
  after?: string | null;
  /**
   * A day of reference the article is not much later than: the date a page
   * shows as today (slack 0), or the newest of the other articles (slack of
   * some months, for an article newer than all of them).
   */
  before?: { day: string; slackDays: number; what: string } | null;
}

export interface WeekdayYear {
  /** `YYYY-MM-DD` */
  day: string;
  /** Every year the day and month fall on that weekday, between the years a date may have. */
  candidates: number[];
  /** Why this one. */
  why: string;
}

/**
 * Every year between the bounds of `src/lexicon/dates.yaml` in which `day`
 * `month` falls on `weekday`.
 *
 * @example
 * weekdayYears(4, 18, 3).filter((y) => y >= 2010 && y <= 2030) //=> [2012, 2018, 2029]
 */
export function weekdayYears(month: number, day: number, weekday: number): number[] {
  const { min, max } = dateVocabulary().years;
  const out: number[] = [];
  for (let year = min; year <= max; year++) {
    const ymd = { year, month, day };
    if (isValidYmd(ymd) && weekdayOf(ymd) === weekday) out.push(year);
  }
  return out;
}

/**
 * The year of a weekday date: with a day the text says the article is not
 * before, the first fitting day on or after it (an article is written soon
 * after the newest date it names); otherwise, with a day of reference, the
 * last fitting day up to it and its slack (as partial dates are read into
 * the past). Null when neither is known, or no fitting day exists.
 *
 * @example
 * weekdayYear(4, 18, 3, { after: "2016-01-01" }) //=> { day: "2018-04-18", candidates: [..., 2012, 2018, 2029, ...], why: "…" }
 * weekdayYear(10, 31, 2, { before: { day: "2026-02-10", slackDays: 183, what: "the newest dated article" } })
 * //=> { day: "2023-10-31", … }
 */
export function weekdayYear(month: number, day: number, weekday: number, evidence: YearEvidence): WeekdayYear | null {
  const candidates = weekdayYears(month, day, weekday);
  const days = candidates.map((year) => isoDay({ year, month, day }));
  const name = `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}`;
  const { after, before } = evidence;
  if (after) {
    const found = days.find((d) => d >= after);
    if (found) return { day: found, candidates, why: `${name} falls on that weekday in ${found.slice(0, 4)}, the first such year from the text's newest date (${after}) on` };
  }
  if (before) {
    const limit = addDaysIso(before.day, before.slackDays);
    const found = days.filter((d) => d <= limit).at(-1);
    if (found) return { day: found, candidates, why: `${name} falls on that weekday in ${found.slice(0, 4)}, the last such year up to ${limit} (${before.what})` };
  }
  return null;
}
