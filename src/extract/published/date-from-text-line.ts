/**
 * Publication date from a byline or date line ("Senin, 27 Jan 2025 07:43 WIB",
 * "Riza Aslam Khaeron • 27 February 2025 16:59").
 */
import type { Published } from "../../schema/entry.ts";
import { resolveDate, scanDates, type DateExpression } from "../dates/index.ts";

/**
 * The first fully written date of the line, at its own precision.
 *
 * @example
 * dateFromTextLine({ text: "Riza Aslam Khaeron • 27 February 2025 16:59", line: 7, rule: "byline-dot-date" })
 * //=> { date: "2025-02-27T16:59", precision: "minute", basis: "byline", estimated: false,
 * //     text: "27 February 2025 16:59", reason: "line 7: Riza Aslam Khaeron • 27 February 2025 16:59", … }
 */
export function dateFromTextLine(dateLine: { text: string; line: number; rule: string }): Published | null {
  return dateOfTextLine(dateLine)?.published ?? null;
}

/**
 * {@link dateFromTextLine}, with the date expression that gave it (where it
 * stands in the line).
 *
 * @example
 * dateOfTextLine({ text: "Senin, 27 Jan 2025 07:43 WIB", line: 2, rule: "date-line" })?.expr.index //=> 0
 */
export function dateOfTextLine(dateLine: { text: string; line: number; rule: string }): { published: Published; expr: DateExpression } | null {
  for (const expr of scanDates(dateLine.text)) {
    const resolved = resolveDate(expr, null);
    if (!resolved || resolved.relative) continue;
    const published: Published = {
      date: resolved.iso,
      precision: resolved.precision,
      basis: /byline/.test(dateLine.rule) ? "byline" : "date-line",
      estimated: false,
      text: expr.text,
      reason: `line ${dateLine.line}: ${dateLine.text.trim()}`,
      start: resolved.start,
      end: resolved.end,
    };
    return { published, expr };
  }
  return null;
}
