/**
 * The day the article was written, from the weekday-marked dates of its
 * text: Indonesian outlets date what they report by the weekday ("…, kata
 * NIS, Rabu (5/2).", "seperti dikutip dari CNA, Kamis (6/2)"), so the newest
 * such date is the day of writing. Dates the words put in the future ("mulai
 * Selasa, 14 Juni 2022") or in the past ("Senin (3/2) lalu") are not.
 *
 * A citation of another medium dates the outlet's own act of quoting, so its
 * day is the article's. Any other weekday date (the opening sentence's, a
 * reported statement's) dates the news, which the page may carry a day
 * later: that is an estimate of the day or the next. A statement is a
 * sentence with a reporting verb, or one whose weekday date closes it after
 * a comma ("…, Senin (13/6)."). A weekday date elsewhere counts only when
 * the text has none of these.
 *
 * A date without a year takes the year of the text's other dates when its
 * weekday fits (within a year of them); when it fits none of them and the
 * text writes a full day, the weekday is the slip and the year is that
 * day's; otherwise the years where the day, month and weekday agree are
 * narrowed by the evidence (`weekdayYear`), and the date is an estimate. A
 * written year whose weekday does not fit, on a day before the newest date
 * the text names, is the slip: the year is found as if it were not written.
 */
import { addDaysIso, isoDay, isValidYmd, weekdayOf } from "../../calendar/calendar.ts";
import type { Published } from "../../schema/entry.ts";
import { dateVocabulary } from "../dates/date-vocabulary.ts";
import { resolveDate, type DateExpression } from "../dates/index.ts";
import type { DatedExpression, TextEvidence } from "./dated-expression.ts";
import { weekdayYear, type YearEvidence } from "./weekday-year.ts";

type Kind = "citation" | "dateline-sentence" | "statement" | "weekday";

const BASIS: Record<Kind, Published["basis"]> = { citation: "citation", "dateline-sentence": "dateline-sentence", statement: "statement", weekday: "estimate" };
const WHAT: Record<Kind, string> = {
  citation: "the newest weekday-marked date of a citation, the day the outlet quoted its source",
  "dateline-sentence": "the weekday-marked date of the opening sentence, the day of the news it reports",
  statement: "the newest weekday-marked date of a reported statement, the day of the news",
  weekday: "the newest weekday-marked date the text names, taken as the day of the news",
};

/** The year that gives `day`/`month` the written weekday, within a year of the anchor (not before it when possible). */
function anchoredYear(expr: DateExpression, anchor: string): number | null {
  const anchorYear = Number(anchor.slice(0, 4));
  const fits = [anchorYear, anchorYear + 1, anchorYear - 1].filter((year) => {
    const ymd = { year, month: expr.month!, day: expr.day! };
    return isValidYmd(ymd) && weekdayOf(ymd) === expr.weekday;
  });
  return fits.find((y) => isoDay({ year: y, month: expr.month!, day: expr.day! }) >= anchor) ?? fits[0] ?? null;
}

/** "Senin (13/6/2022) lalu": a past marker the date's text ends with (with a year it only joins the text). */
function endsPast(text: string): boolean {
  const last = /(\S+(?:\s+\S+)?)\s*$/u.exec(text)?.[1] ?? "";
  const words = last.toLowerCase().split(/\s+/u);
  const past = dateVocabulary().pastMarkers;
  return past.has(words.join(" ")) || past.has(words.at(-1) ?? "");
}

/** A date closing its sentence after a comma, as a report's tail does ("…, kata Riska, Selasa (31/10)."). */
const TAIL = { before: /,\s*$/u, after: /^[\s.!)"”’]*$/u };

function kindOf(f: DatedExpression, evidence: TextEvidence): Kind {
  const s = evidence.sentences[f.sentence];
  if (s && evidence.creditOffsets.some((o) => o >= s.offset && o < s.offset + s.text.length)) return "citation";
  if (f.sentence === evidence.lead) return "dateline-sentence";
  const tail = s !== undefined && TAIL.before.test(s.text.slice(0, f.expr.index)) && TAIL.after.test(s.text.slice(f.expr.end));
  return s?.statement || tail ? "statement" : "weekday";
}

interface Candidate {
  day: string;
  kind: Kind;
  found: DatedExpression;
  /** How the year was found, when the text does not write it. */
  year: { inferred: false } | { inferred: true; estimated: boolean; why: string };
}

/** The day of one weekday-marked date, with how its year was found; null when nothing places its year. */
function candidateOf(f: DatedExpression, evidence: TextEvidence, years: YearEvidence & { afterIsDay?: boolean }): Candidate | null {
  const { expr } = f;
  const kind = kindOf(f, evidence);
  let slip = "";
  if (expr.year !== undefined) {
    const r = resolveDate(expr, null);
    if (!r || r.relative) return null;
    const fits = weekdayOf({ year: expr.year, month: expr.month!, day: expr.day! }) === expr.weekday;
    if (fits || !years.after || r.start >= years.after) return { day: r.start, kind, found: f, year: { inferred: false } };
    slip = `the written year ${expr.year} does not fit the weekday and is older than the text's newest date: a slip; `;
  }
  const anchored = years.after ? anchoredYear(expr, years.after) : null;
  if (anchored !== null) {
    const day = isoDay({ year: anchored, month: expr.month!, day: expr.day! });
    return { day, kind, found: f, year: { inferred: true, estimated: slip !== "", why: `${slip}year from the text's other dates (${anchored}, weekday matches)` } };
  }
  if (years.after && years.afterIsDay && !slip) {
    // The text writes a full day nearby and no year near it fits the weekday: the weekday is the slip.
    const year = Number(years.after.slice(0, 4));
    const day = isoDay({ year, month: expr.month!, day: expr.day! });
    if (isValidYmd({ year, month: expr.month!, day: expr.day! })) {
      return { day, kind, found: f, year: { inferred: true, estimated: true, why: `no year near the text's dates fits the weekday, so the weekday is taken for a slip: the year of ${years.after}` } };
    }
  }
  const found = weekdayYear(expr.month!, expr.day!, expr.weekday!, years);
  return found && { day: found.day, kind, found: f, year: { inferred: true, estimated: true, why: `${slip}${found.why}` } };
}

/**
 * The day of writing, or null when the text has no weekday-marked date
 * whose year can be placed. `years` is what places a missing year: the
 * text's newest own date (`after`), and a day of reference (`before`).
 *
 * @example
 * // sentences: 0 "Liputan6.com, Seoul - … menyatakan pada Selasa (4/2/2025), …"
 * //            1 "\"…,\" sebut NIS, seperti dikutip dari CNA, Rabu (5/2)."
 * writingDay(evidence, { after: "2025-02-04" })
 * //=> { date: "2025-02-05", precision: "day", basis: "citation", estimated: false, text: "Rabu (5/2)", start: "2025-02-05", end: "2025-02-05", … }
 */
export function writingDay(evidence: TextEvidence, years: YearEvidence & { afterIsDay?: boolean }): Published | null {
  let best: Candidate | null = null;
  const better = (c: Candidate, than: Candidate | null): boolean => {
    if (!than) return true;
    const [typed, thanTyped] = [c.kind !== "weekday", than.kind !== "weekday"];
    if (typed !== thanTyped) return typed;
    return c.day > than.day || (c.day === than.day && c.kind === "citation");
  };
  for (const f of evidence.found) {
    const { expr } = f;
    if (!expr.flags.weekday || expr.weekday === undefined || expr.day === undefined || expr.month === undefined) continue;
    if (expr.future || expr.past || expr.relative || expr.rangeEnd || endsPast(expr.text)) continue;
    const c = candidateOf(f, evidence, years);
    if (c && better(c, best)) best = c;
  }
  if (!best) return null;
  const estimated = best.kind !== "citation" || (best.year.inferred && best.year.estimated);
  const sentence = evidence.sentences[best.found.sentence]?.text ?? "";
  return {
    date: best.day,
    precision: "day",
    basis: BASIS[best.kind],
    estimated,
    text: best.found.expr.text,
    reason: [WHAT[best.kind], ...(best.kind === "citation" ? [] : ["the page may be from the next day"]), ...(best.year.inferred ? [best.year.why] : []), `sentence: ${sentence}`].join("; "),
    start: best.day,
    end: best.kind === "citation" ? best.day : addDaysIso(best.day, 1),
  };
}
