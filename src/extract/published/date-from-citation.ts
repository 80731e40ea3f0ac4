/**
 * Publication date from the newest weekday-marked date in the dateline
 * sentence or in a sentence that credits a source ("…, seperti dikutip dari
 * CNA, Rabu (5/2)."). Indonesian outlets date the statement they quote that
 * way; the newest such date is the day of the report.
 */
import { isValidYmd, weekdayOf } from "../../calendar/calendar.ts";
import type { Published } from "../../schema/entry.ts";
import { resolveDate, type DateExpression } from "../dates/index.ts";
import type { DatedExpression, SentenceRef } from "./dated-expression.ts";

/** The year that gives `day`/`month` the written weekday, nearest to the anchor (not before it when possible). */
function yearForWeekday(expr: DateExpression, anchor: string): number | null {
  const anchorYear = Number(anchor.slice(0, 4));
  const fits = [anchorYear, anchorYear + 1, anchorYear - 1].filter((year) => {
    const ymd = { year, month: expr.month ?? 1, day: expr.day ?? 1 };
    return isValidYmd(ymd) && ymd.day === expr.day && weekdayOf(ymd) === expr.weekday;
  });
  const after = fits.filter((y) => `${y}-${String(expr.month).padStart(2, "0")}-${String(expr.day).padStart(2, "0")}` >= anchor);
  return after[0] ?? fits[0] ?? null;
}

/**
 * @example
 * // sentences: 0 "Liputan6.com, Seoul - … menyatakan pada Selasa (4/2/2025), …"
 * //            1 "\"…,\" sebut Badan Intelijen Nasional Korea Selatan, seperti dikutip dari CNA, Rabu (5/2)."
 * dateFromCitation(sentences, found, [creditOffsetInSentence1])
 * //=> { date: "2025-02-05", precision: "day", basis: "citation", estimated: false, text: "Rabu (5/2)", … }
 */
export function dateFromCitation(sentences: SentenceRef[], found: DatedExpression[], creditOffsets: number[]): Published | null {
  const isCitation = (i: number): boolean => {
    const s = sentences[i];
    return s !== undefined && creditOffsets.some((o) => o >= s.offset && o < s.offset + s.text.length);
  };
  const anchor = found
    .map((f) => resolveDate(f.expr, null))
    .filter((r) => r !== null && !r.relative)
    .reduce<string | null>((max, r) => (max === null || r!.end > max ? r!.end : max), null);
  let best: { published: Published; end: string } | null = null;
  for (const { expr, sentence } of found) {
    if (!expr.flags.weekday || expr.day === undefined || expr.month === undefined) continue;
    if (sentence !== 0 && !isCitation(sentence)) continue;
    const year = expr.year ?? (anchor === null ? null : yearForWeekday(expr, anchor));
    if (year === null) continue;
    const resolved = resolveDate({ ...expr, year }, null);
    if (!resolved || (best && resolved.end <= best.end)) continue;
    best = {
      end: resolved.end,
      published: {
        date: resolved.iso,
        precision: resolved.precision,
        basis: sentence === 0 ? "dateline-sentence" : "citation",
        estimated: false,
        text: expr.text,
        reason: `${expr.year === undefined ? `year from the text's other dates (${year}, weekday matches); ` : ""}sentence: ${sentences[sentence]?.text ?? ""}`,
        start: resolved.start,
        end: resolved.end,
      },
    };
  }
  return best?.published ?? null;
}
