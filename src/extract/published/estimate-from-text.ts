/**
 * When the text states no publication date and no weekday-marked day of
 * writing: an estimate from the newest date it names (`newestOwnDate`). The
 * article is from that date or later; a day is most likely the news of the
 * day, carried that day or the next, so the estimate spans both.
 */
import { addDaysIso } from "../../calendar/calendar.ts";
import type { Published } from "../../schema/entry.ts";
import { coarseness } from "../dates/date-spans.ts";
import type { DatedExpression, SentenceRef } from "./dated-expression.ts";
import { newestOwnDate } from "./newest-own-date.ts";

/**
 * @example
 * // "… sejak September 2022, ketika mengatakan 5.937 tentara telah tewas." is the newest full date
 * estimateFromText(sentences, found)
 * //=> { date: "2022-09", precision: "month", basis: "estimate", estimated: true, text: "September 2022",
 * //     reason: "the newest date the text names; the article is from then or later: …", start: "2022-09-01", end: "2022-09-30" }
 */
export function estimateFromText(sentences: SentenceRef[], found: readonly DatedExpression[], names = "the text names"): Published | null {
  const newest = newestOwnDate(found);
  if (!newest) return null;
  const { span } = newest;
  const day = coarseness(span.precision) === 0 && !span.date.includes("/");
  return {
    ...span,
    ...(day ? { date: span.date.slice(0, 10), precision: "day" as const, end: addDaysIso(span.start, 1) } : {}),
    basis: "estimate",
    estimated: true,
    text: newest.found.expr.text,
    reason: `the newest date ${names}; the article is from then or later${day ? ", most likely that day or the next" : ""}: ${sentences[newest.found.sentence]?.text ?? ""}`,
  };
}
