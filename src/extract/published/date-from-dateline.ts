/**
 * Publication date from a dateline that carries one: "Seoul, Korea Selatan
 * 18 Juni 2025 — Korea Utara akan …", "JAKARTA, 5/3/2025 - …". A full date
 * that closes the opening words of a paragraph, right before the dateline's
 * dash, is the date the outlet put on its report.
 */
import type { Published } from "../../schema/entry.ts";
import { resolveDate } from "../dates/index.ts";
import type { DatedExpression, SentenceRef } from "./dated-expression.ts";

/** The dateline's dash right after the date. */
const DASH_AFTER = /^\s{0,3}[-–—]{1,2}\s/u;
/** The words before the date: a place or an outlet, each word capitalised, maybe with commas ("Seoul, Korea Selatan "). */
const OPENING = /^(?:[\p{Lu}\d][\p{L}\d.'’-]*,?\s+){1,6}$/u;
/** Datelines open the text: only its first sentences are looked at. */
const FIRST_SENTENCES = 4;

/**
 * @example
 * // sentence 1: "Seoul, Korea Selatan 18 Juni 2025 — Korea Utara akan mengirim ribuan pekerja …"
 * dateFromDateline(sentences, found)
 * //=> { date: "2025-06-18", precision: "day", basis: "date-line", estimated: false, text: "18 Juni 2025", reason: "the dateline's date: Seoul, Korea Selatan 18 Juni 2025 —", … }
 */
export function dateFromDateline(sentences: readonly SentenceRef[], found: readonly DatedExpression[]): Published | null {
  for (const { expr, sentence } of found) {
    if (sentence >= FIRST_SENTENCES) break;
    const text = sentences[sentence]?.text ?? "";
    const dash = DASH_AFTER.exec(text.slice(expr.end));
    if (!dash || !OPENING.test(text.slice(0, expr.index))) continue;
    const r = resolveDate(expr, null);
    if (!r || r.relative || r.iso.includes("/") || (r.precision !== "day" && r.precision !== "minute")) continue;
    return {
      date: r.iso,
      precision: r.precision,
      basis: "date-line",
      estimated: false,
      text: expr.text,
      reason: `the dateline's date: ${text.slice(0, expr.end + dash[0].length).trim()}`,
      start: r.start,
      end: r.end,
    };
  }
  return null;
}
