/**
 * Month and weekday names, from one source: date-fns' `id` and `en-US`
 * locales and the spellings `src/lexicon/calendar-names.yaml` adds. The date
 * parser and every rule that must know a month or a weekday when it sees one
 * take them from here.
 */
import { enUS } from "date-fns/locale/en-US";
import { id } from "date-fns/locale/id";
import { z } from "zod";
import { defineLexicon } from "../lexicon/define-lexicon.ts";

const CalendarNamesFile = z.object({
  months: z.object({ extra: z.array(z.object({ name: z.string().min(1), month: z.number().int().min(1).max(12) })) }),
  weekdays: z.object({ extra: z.array(z.object({ name: z.string().min(1), weekday: z.number().int().min(0).max(6) })) }),
});

export interface CalendarNames {
  /** Every spelling of a month, as a key (`nameKey`) → 1–12. */
  months: Map<string, number>;
  /** Full Indonesian month names and the longer extra spellings: those may stand alone ("pada Januari"). */
  fullMonths: Set<string>;
  /** Indonesian weekday names, as keys → 0 (Sunday) to 6. */
  weekdays: Map<string, number>;
  /** English weekday names, as keys → 0 (Sunday) to 6. */
  englishWeekdays: Map<string, number>;
}

/**
 * A name as a key: lowercase, single spaces, a typographic apostrophe made plain.
 *
 * @example
 * nameKey("Jum’at") //=> "jum'at"
 */
export function nameKey(words: string): string {
  return words.toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");
}

/**
 * @example
 * calendarNames().months.get("agt") //=> 8
 * calendarNames().weekdays.get("jum'at") //=> 5
 */
export const calendarNames = defineLexicon("calendar-names", CalendarNamesFile, (file): CalendarNames => {
  const months = new Map<string, number>();
  const fullMonths = new Set<string>();
  for (let i = 0; i < 12; i++) {
    const wide = nameKey(id.localize.month(i as never, { width: "wide" }));
    months.set(wide, i + 1);
    fullMonths.add(wide);
    months.set(nameKey(id.localize.month(i as never, { width: "abbreviated" })), i + 1);
    months.set(nameKey(enUS.localize.month(i as never, { width: "wide" })), i + 1);
    months.set(nameKey(enUS.localize.month(i as never, { width: "abbreviated" })), i + 1);
  }
  for (const { name, month } of file.months.extra) {
    const key = nameKey(name);
    months.set(key, month);
    if (key.length > 5) fullMonths.add(key);
  }
  const weekdays = new Map<string, number>();
  const englishWeekdays = new Map<string, number>();
  for (let i = 0; i < 7; i++) {
    weekdays.set(nameKey(id.localize.day(i as never, { width: "wide" })), i);
    englishWeekdays.set(nameKey(enUS.localize.day(i as never, { width: "wide" })), i);
  }
  for (const { name, weekday } of file.weekdays.extra) weekdays.set(nameKey(name), weekday);
  return { months, fullMonths, weekdays, englishWeekdays };
});
