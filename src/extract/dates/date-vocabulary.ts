/**
 * The words of dates: month and weekday names (`calendarNames`) and the
 * words around dates of `src/lexicon/dates.yaml`, as lookup maps and regex
 * sources built on first use.
 */
import { z } from "zod";
import { calendarNames, nameKey } from "../../calendar/calendar-names.ts";
import { defineLexicon } from "../../lexicon/define-lexicon.ts";
import { alternation } from "../../text/alternation.ts";
import type { DatePart, RelativeUnit } from "./date-expression.ts";

const Words = z.array(z.string().min(1));
const Unit = z.enum(["day", "week", "month", "year"]);

const DatesLexicon = z.object({
  months: z.object({ cues: Words }),
  weekdays: z.object({ counts: Words }),
  parts: z.object({ early: Words, mid: Words, late: Words }),
  rangeConnectors: Words,
  pastMarkers: Words,
  nextMarkers: Words,
  future: z.object({ before: Words, clause: Words, within: z.number().int().positive() }),
  relative: z.object({
    days: z.array(z.object({ words: z.string().min(1), amount: z.number().int() })),
    units: z.record(z.string(), Unit),
    modifiers: z.record(z.string(), z.number().int()),
    ago: Words,
    numbers: z.record(z.string(), z.number().int().positive()),
    vague: Words,
    weekend: Words,
  }),
  years: z.object({
    min: z.number().int(),
    max: z.number().int(),
    before: Words,
    after: Words,
    counts: Words,
    regulations: Words,
    quantities: Words,
  }),
  times: z.object({ ofDay: Words, joiners: Words, prefixes: Words, zones: Words }),
});

/** Everything the date parsers look words up in (keys are lowercase). */
export interface DateVocabulary {
  /** Month name → 1–12. */
  months: Map<string, number>;
  /** Month names that may stand alone (full Indonesian names). */
  freeMonths: Set<string>;
  monthCues: Set<string>;
  /** Weekday name → 0–6. */
  weekdays: Map<string, number>;
  weekCounts: Set<string>;
  parts: Map<string, DatePart>;
  pastMarkers: Set<string>;
  nextMarkers: Set<string>;
  /** Words that put a date in the future of the writing (see dates.yaml `future`). */
  future: { before: Set<string>; clause: Set<string>; within: number };
  relativeDays: Map<string, number>;
  relativeUnits: Map<string, RelativeUnit>;
  modifiers: Map<string, number>;
  ago: Set<string>;
  numbers: Map<string, number>;
  vague: Set<string>;
  years: { min: number; max: number; before: Set<string>; after: Set<string>; counts: Set<string>; quantities: Set<string> };
  /** Words that make "<word> <number> Tahun <year>" a regulation's name. */
  regulations: string;
  rangeConnectors: Set<string>;
  /** Regex sources (no groups, longest alternative first). */
  source: {
    month: string;
    weekday: string;
    part: string;
    range: string;
    past: string;
    next: string;
    relativeDay: string;
    unit: string;
    modifier: string;
    ago: string;
    number: string;
    vague: string;
    weekend: string;
    ofDay: string;
    joiner: string;
    timePrefix: string;
    zone: string;
  };
}

/**
 * The date vocabulary, built on first use and shared afterwards.
 *
 * @example
 * const v = dateVocabulary();
 * v.months.get("agt"); //=> 8
 * v.months.get("december"); //=> 12
 * v.weekdays.get("jum'at"); //=> 5
 * v.freeMonths.has("jan"); //=> false
 */
export const dateVocabulary = defineLexicon("dates", DatesLexicon, (lex): DateVocabulary => {
  const { months, fullMonths: freeMonths, weekdays } = calendarNames();

  const parts = new Map<string, DatePart>();
  for (const part of ["early", "mid", "late"] as const) for (const w of lex.parts[part]) parts.set(nameKey(w), part);
  const set = (words: string[]): Set<string> => new Set(words.map(nameKey));
  const relativeUnits = new Map<string, RelativeUnit>(Object.entries(lex.relative.units).map(([k, v]) => [nameKey(k), v]));
  const modifiers = new Map(Object.entries(lex.relative.modifiers).map(([k, v]) => [nameKey(k), v]));
  const numbers = new Map(Object.entries(lex.relative.numbers).map(([k, v]) => [nameKey(k), v]));
  const relativeDays = new Map(lex.relative.days.map((d) => [nameKey(d.words), d.amount]));
  const weekdayNames = [...weekdays.keys()].flatMap((w) => (w.includes("'") ? [w, w.replace("'", "’")] : [w]));

  return {
    months,
    freeMonths,
    monthCues: set([...lex.months.cues, ...parts.keys()]),
    weekdays,
    weekCounts: set(lex.weekdays.counts),
    parts,
    pastMarkers: set(lex.pastMarkers),
    nextMarkers: set(lex.nextMarkers),
    future: { before: set(lex.future.before), clause: set(lex.future.clause), within: lex.future.within },
    relativeDays,
    relativeUnits,
    modifiers,
    ago: set(lex.relative.ago),
    numbers,
    vague: set(lex.relative.vague),
    years: {
      min: lex.years.min,
      max: lex.years.max,
      before: set([...lex.years.before, ...parts.keys()]),
      after: set(lex.years.after),
      counts: set(lex.years.counts),
      quantities: set(lex.years.quantities),
    },
    rangeConnectors: set(lex.rangeConnectors),
    regulations: alternation(lex.years.regulations),
    source: {
      month: alternation(months.keys()),
      weekday: alternation(weekdayNames),
      part: alternation(parts.keys()),
      range: alternation(lex.rangeConnectors),
      past: alternation(lex.pastMarkers),
      next: alternation(lex.nextMarkers),
      relativeDay: alternation(relativeDays.keys()),
      unit: alternation(relativeUnits.keys()),
      modifier: alternation(modifiers.keys()),
      ago: alternation(lex.relative.ago),
      number: alternation(numbers.keys()),
      vague: alternation(lex.relative.vague),
      weekend: alternation(lex.relative.weekend),
      ofDay: alternation(lex.times.ofDay),
      joiner: alternation(lex.times.joiners),
      timePrefix: alternation(lex.times.prefixes),
      zone: alternation(lex.times.zones),
    },
  };
});
