/**
 * When the text states no publication date: an estimate from the newest date
 * it names. The article is from that date or later, so the estimate is a
 * lower bound and is marked as one.
 */
import type { Published } from "../../schema/entry.ts";
import { resolveDate } from "../dates/index.ts";
import type { DatedExpression, SentenceRef } from "./dated-expression.ts";
import { spanOfIso } from "../dates/date-spans.ts";

/**
 * @example
 * // "… sejak September 2022, ketika mengatakan 5.937 tentara telah tewas." is the newest full date
 * estimateFromText(sentences, found)
 * //=> { date: "2022-09", precision: "month", basis: "estimate", estimated: true, text: "September 2022",
 * //     reason: "the newest date the text names; the article is from then or later: …", … }
 */
export function estimateFromText(sentences: SentenceRef[], found: DatedExpression[]): Published | null {
  let best: { f: DatedExpression; r: NonNullable<ReturnType<typeof resolveDate>> } | null = null;
  for (const f of found) {
    const r = resolveDate(f.expr, null);
    if (!r || r.relative) continue;
    if (!best || r.end > best.r.end) best = { f, r };
  }
  if (!best) return null;
  // A range ("Januari hingga Februari 2025") counts by its newer end.
  const isRange = best.r.iso.includes("/") && best.r.precision !== "week";
  const span = isRange ? spanOfIso(best.r.iso.split("/")[1]!) : { date: best.r.iso, precision: best.r.precision, start: best.r.start, end: best.r.end };
  return {
    ...span,
    basis: "estimate",
    estimated: true,
    text: best.f.expr.text,
    reason: `the newest date the text names; the article is from then or later: ${sentences[best.f.sentence]?.text ?? ""}`,
  };
}
