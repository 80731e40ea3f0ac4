/**
 * Dating help from other articles: an article whose text states no date
 * often tells the same story as dated ones ("Agustus lalu" = the August of
 * the Kursk incursion that another article dates to 2024). Each partial date
 * matched to the same words in a dated article bounds the publication date;
 * the bounds together give the estimate, always marked as one, with the
 * chain of reasoning.
 */
import { addDaysIso, addYearsIso, lastDayOfMonth, weekdayOfIso } from "../../calendar/calendar.ts";
import type { Mention, Published } from "../../schema/entry.ts";
import { resolveDate, type DateExpression } from "../dates/index.ts";
import type { ContextEntry } from "./context-entry.ts";
import { contentWords } from "../../text/content-words.ts";
import { alikeSentences, type ContextIndex } from "./context-index.ts";
import type { DatedExpression, SentenceRef } from "./dated-expression.ts";

/** The last day of the year that starts on `day`. */
const yearFrom = (day: string): string => addDaysIso(addYearsIso(day, 1), -1);

interface Bound {
  lower: string;
  upper: string;
  why: string;
}

/** The bound a partial expression gives when a dated article tells the same sentence. */
function boundFrom(expr: DateExpression, words: Set<string>, index: ContextIndex): Bound | null {
  const alike = alikeSentences(index, words);
  let best: { bound: Bound; score: number } | null = null;
  const weekdayOnly = expr.weekday !== undefined && expr.day === undefined && expr.month === undefined;
  const consider = (m: Mention, entry: ContextEntry, score: number): void => {
    let bound: Bound | null = null;
    const where = `"${m.text}" in "${entry.title}"`;
    if (expr.relative?.unit === "year" && m.relative && m.precision === "year" && m.text.toLowerCase() === expr.text.toLowerCase()) {
      const year = Number(m.iso.slice(0, 4)) - expr.relative.amount;
      bound = { lower: `${year}-01-01`, upper: `${year}-12-31`, why: `"${expr.text}" is ${m.iso}, as ${where}` };
    } else if (expr.month !== undefined && expr.year === undefined && !m.relative && Number(m.start.slice(5, 7)) === expr.month && (expr.day === undefined || Number(m.start.slice(8, 10)) === expr.day)) {
      const from = expr.day === undefined ? `${m.start.slice(0, 7)}-01` : m.start;
      bound = { lower: from, upper: yearFrom(from), why: `"${expr.text}" is ${from.slice(0, expr.day === undefined ? 7 : 10)}, as ${where}` };
    } else if (weekdayOnly && m.weekday && m.precision !== "week" && m.start === m.end && weekdayOfIso(m.start) === expr.weekday) {
      bound = { lower: m.start, upper: addDaysIso(m.start, 6), why: `"${expr.text}" is ${m.start}, the ${m.text} of "${entry.title}", which tells the same report` };
    }
    if (bound && (!best || score > best.score)) best = { bound, score };
  };
  if (weekdayOnly) {
    // The same statement dated by weekday: an article with a sentence telling it, and a date on that weekday.
    const entries = new Map<ContextEntry, number>();
    for (const { id, score } of alike) {
      const entry = index.sentences[id]!.entry;
      entries.set(entry, Math.max(entries.get(entry) ?? 0, score));
    }
    for (const [entry, score] of entries) for (const m of entry.mentions) consider(m, entry, score);
  } else {
    for (const { id, score } of alike) for (const m of index.sentences[id]!.mentions) consider(m, index.sentences[id]!.entry, score);
  }
  return best === null ? null : (best as { bound: Bound }).bound;
}

/**
 * "sejak Maret" read against the window once its year is known: something
 * has lasted since the most recent March, so the article is from a later
 * month. A month named otherwise ("angka Desember", "Agustus lalu") may be
 * of the year before and bounds nothing.
 */
function boundFromWindow(f: DatedExpression, sentences: SentenceRef[], upper: string): Bound | null {
  const { expr } = f;
  if (expr.month === undefined || expr.year !== undefined || expr.relative) return null;
  const r = resolveDate(expr, { date: upper });
  if (!r) return null;
  const sentence = sentences[f.sentence]?.text ?? "";
  const before = sentence.slice(Math.max(0, expr.index - 30), expr.index);
  // "sejak Maret": something has lasted since March, so the article is from a later month.
  if (/\bsejak\s+(?:sekitar\s+)?(?:bulan\s+)?$/iu.test(before)) {
    const next = addDaysIso(r.end, 1);
    return { lower: next, upper, why: `"sejak ${expr.text}" = since ${r.iso}, so ${next.slice(0, 7)} at the earliest` };
  }
  return null;
}

/**
 * Narrow a text-only estimate with dated articles; null when no sentence of
 * the article matches a dated one.
 *
 * @example
 * narrowWithContext(sentencesOf002, datesOf002, estimateOf002, contextIndex(toContext([entry000, entry001, entry003])))
 * //=> { date: "2025-02-27/2025-03-05", precision: "week", basis: "context", estimated: true, … }
 */
export function narrowWithContext(
  sentences: SentenceRef[],
  found: DatedExpression[],
  estimate: Published | null,
  index: ContextIndex,
): Published | null {
  if (index.dated === 0) return null;
  let lower = estimate?.start ?? "0001-01-01";
  let upper = "9999-12-31";
  const why: string[] = estimate ? [`the text's newest date "${estimate.text}" (${estimate.date})`] : [];
  const texts: string[] = [];
  const apply = (b: Bound, text: string): void => {
    const lo = b.lower > lower ? b.lower : lower;
    const up = b.upper < upper ? b.upper : upper;
    if (lo > up) return;
    [lower, upper] = [lo, up];
    if (!why.includes(b.why)) why.push(b.why);
    if (!texts.includes(text)) texts.push(text);
  };
  for (const f of found) {
    if (resolveDate(f.expr, null) !== null) continue;
    const b = boundFrom(f.expr, contentWords(sentences[f.sentence]?.text ?? ""), index);
    if (b) apply(b, f.expr.text);
  }
  if (texts.length === 0) return null;
  // Once the bounds settle the article's year, its months without a year are of that year.
  const sameYear = upper !== "9999-12-31" && lower.slice(0, 4) === upper.slice(0, 4);
  for (const f of found) {
    const b = sameYear ? boundFromWindow(f, sentences, upper) : null;
    if (b && b.lower > lower) apply(b, f.expr.text);
  }
  const week = addDaysIso(lower, 6) >= upper;
  const month = lower.slice(0, 7);
  return {
    date: week ? `${lower}/${upper}` : month,
    precision: week ? "week" : "month",
    basis: "context",
    estimated: true,
    text: texts.join("; "),
    reason: `not stated in the text; estimated from other articles: ${why.join("; ")}`,
    start: week ? lower : `${month}-01`,
    end: week ? upper : lastDayOfMonth(month),
  };
}
