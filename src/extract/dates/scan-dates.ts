/**
 * Finds every date expression in a text without a reference date.
 */
import type { ParsedResult } from "chrono-node";
import { createDateChrono } from "./date-chrono.ts";
import type { DateExpression } from "./date-expression.ts";
import { findDateWindows } from "./find-date-windows.ts";
import { isFutureDate } from "./future-marker.ts";
import { isBoundaryAfter, isBoundaryBefore } from "./text-context.ts";
import { toDateExpression } from "./to-date-expression.ts";

const engine = createDateChrono();
/** The same without chrono's time parser, for the many windows with no "HH:MM"/"HH.MM" in them. */
const engineWithoutTimes = createDateChrono({ times: false });
const TIME_LIKE = /(?<![\d.,])\d{1,2}[:.]\d\d(?![\d]|[.,]\d)/;
/**
 * chrono needs a reference date; only components the text writes are read,
 * so its value never reaches the output. A leap year keeps "29/2" valid.
 */
const SCAN_REFERENCE = new Date(Date.UTC(2024, 6, 1, 12));

/** Keep the longer of overlapping expressions (they come from overlapping windows). */
function removeOverlaps(found: DateExpression[]): DateExpression[] {
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: DateExpression[] = [];
  for (const expr of found) {
    const last = out[out.length - 1];
    if (!last || expr.index >= last.end) out.push(expr);
    else if (expr.end - expr.index > last.end - last.index) out[out.length - 1] = expr;
  }
  return out;
}

/**
 * Every date expression in `text` (a sentence, a paragraph or a whole
 * article), in order, with the components its words state. Never throws.
 *
 * @example
 * scanDates("Badan intelijen menyatakan pada Selasa (4/2/2025), tentara di Kursk sejak pertengahan Januari mundur.");
 * //=> [
 * //  { text: "Selasa (4/2/2025)", index: 32, end: 49, year: 2025, month: 2, day: 4, weekday: 2, flags: { weekday: true } },
 * //  { text: "pertengahan Januari", index: 74, end: 93, month: 1, part: "mid", flags: { weekday: false } },
 * //]
 */
export function scanDates(text: string): DateExpression[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const found: DateExpression[] = [];
  for (const w of findDateWindows(text)) {
    const slice = text.slice(w.start, w.end);
    let results: ParsedResult[];
    try {
      results = (TIME_LIKE.test(slice) ? engine : engineWithoutTimes).parse(slice, SCAN_REFERENCE);
    } catch {
      continue;
    }
    for (const r of results) {
      const index = w.start + r.index;
      const end = index + r.text.length;
      if (r.index === 0 && !isBoundaryBefore(text, index)) continue;
      if (r.index + r.text.length === slice.length && !isBoundaryAfter(text, end)) continue;
      const expr = toDateExpression(r, index);
      if (!expr.relative && !expr.past && isFutureDate(text, index, end)) expr.future = true;
      found.push(expr);
    }
  }
  return removeOverlaps(found);
}
