/**
 * How an entry's publication date stands against the gold date.
 */
import { differenceInCalendarDays, parseISO } from "date-fns";
import type { Published } from "../schema/entry.ts";

export interface DateVerdict {
  /** The entry's day (precision minute or day), or null for a coarser or missing date. */
  day: string | null;
  /** The day is the gold day. */
  exact: boolean;
  /** The day is the gold day or next to it. */
  withinDay: boolean;
  /** An estimate whose range (start…end) holds the gold day. */
  estimateHolds: boolean;
  /** Not marked estimated, yet its range does not hold the gold day (or there is no gold date). */
  confidentlyWrong: boolean;
}

const DAY_PRECISIONS = new Set(["minute", "day"]);

/**
 * Classify `published` (null: the article was refused, or its entry is undated) against `gold`
 * (YYYY-MM-DD, or null when the page has no date). A date that is not marked
 * estimated is confidently wrong when the gold day lies outside its range,
 * so a month stated as a month ("Februari 2025") is imprecise, not wrong;
 * where the gold has no date, every date not marked estimated is confidently
 * wrong.
 *
 * @example
 * classifyPublished({ date: "2025-01-13T10:50", precision: "minute", estimated: false, start: "2025-01-13", end: "2025-01-13" }, "2025-01-12")
 * //=> { day: "2025-01-13", exact: false, withinDay: true, estimateHolds: false, confidentlyWrong: true }
 */
export function classifyPublished(
  published: Pick<Published, "date" | "precision" | "estimated" | "start" | "end"> | null,
  gold: string | null,
): DateVerdict {
  if (published === null) return { day: null, exact: false, withinDay: false, estimateHolds: false, confidentlyWrong: false };
  const day = DAY_PRECISIONS.has(published.precision) ? published.date.slice(0, 10) : null;
  if (gold === null) return { day, exact: false, withinDay: false, estimateHolds: false, confidentlyWrong: !published.estimated };
  const holds = published.start <= gold && gold <= published.end;
  return {
    day,
    exact: day === gold,
    withinDay: day !== null && Math.abs(differenceInCalendarDays(parseISO(day), parseISO(gold))) <= 1,
    estimateHolds: published.estimated && holds,
    confidentlyWrong: !published.estimated && !holds,
  };
}
