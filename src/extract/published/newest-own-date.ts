/**
 * The newest date the text names for itself: the article was written then
 * or later. Dates the words put in the future ("akan dibuka pada Juli
 * 2023") and dates counted from the article's own day ("kemarin") say
 * nothing of the kind and are passed over. A range of years ("periode
 * 2021-2026", "tahun ajaran 2023/2024") counts by its first year, for it
 * often names a period still running or to come; a range of days or months
 * ("7-12 Maret 2025") by its end.
 */
import { resolveDate, type ResolvedDate } from "../dates/index.ts";
import { coarseness, spanOfIso } from "../dates/date-spans.ts";
import type { DatedExpression } from "./dated-expression.ts";

export interface OwnDate {
  found: DatedExpression;
  /** The span the article is not before: the date, or the end of a range of days or months, or the first year of a range of years. */
  span: { date: string; precision: ResolvedDate["precision"]; start: string; end: string };
}

/** The part of a resolved date the article is not before. */
function notBefore(r: ResolvedDate): OwnDate["span"] {
  if (!r.iso.includes("/") || r.precision === "week") return { date: r.iso, precision: r.precision, start: r.start, end: r.end };
  const [first, last] = r.iso.split("/") as [string, string];
  return spanOfIso(r.precision === "year-range" ? first : last);
}

/**
 * The newest of the text's own dates (the latest first day; of two alike,
 * the finer), or null when it names none.
 *
 * @example
 * // "… pada tahun anggaran 2016 – 2017 …", "… tahun 2015 …"
 * newestOwnDate(found) //=> { found: <"2016 – 2017">, span: { date: "2016", precision: "year", start: "2016-01-01", end: "2016-12-31" } }
 */
export function newestOwnDate(found: readonly DatedExpression[]): OwnDate | null {
  let best: OwnDate | null = null;
  for (const f of found) {
    if (f.expr.future) continue;
    const r = resolveDate(f.expr, null);
    if (!r || r.relative) continue;
    const span = notBefore(r);
    if (!best || span.start > best.span.start || (span.start === best.span.start && coarseness(span.precision) < coarseness(best.span.precision))) best = { found: f, span };
  }
  return best;
}

/**
 * What the text's own dates say of a missing year: the article is not
 * before the first day of the newest (`after`), which is a whole day or a
 * coarser span (`afterIsDay`).
 *
 * @example
 * textYears(found) //=> { after: "2025-02-04", afterIsDay: true } ("Selasa (4/2/2025)" the newest)
 */
export function textYears(found: readonly DatedExpression[]): { after: string | null; afterIsDay: boolean } {
  const newest = newestOwnDate(found);
  return { after: newest?.span.start ?? null, afterIsDay: newest !== null && coarseness(newest.span.precision) === 0 && !newest.span.date.includes("/") };
}
