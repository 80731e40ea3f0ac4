/**
 * The chrono instance the date scanner runs: chrono's Indonesian parsers
 * for ISO dates, "D/M/YYYY" and times, plus this folder's parsers for month
 * names, weekdays, years and relative words, and refiners that filter
 * chrono's misreadings of numbers and join the pieces of a date.
 */
import * as chrono from "chrono-node";
import { MonthNameParser } from "./parsers/month-name-parser.ts";
import { RelativeParser } from "./parsers/relative-parser.ts";
import { WeekdayParser } from "./parsers/weekday-parser.ts";
import { YearParser } from "./parsers/year-parser.ts";
import { GarbledYearParser } from "./parsers/garbled-year-parser.ts";
import { DateTimeMerge } from "./refiners/date-time-merge.ts";
import { ImplausibleYearRefiner } from "./refiners/implausible-year-refiner.ts";
import { FinalFilter } from "./refiners/final-filter.ts";
import { NumberNoiseFilter } from "./refiners/number-noise-filter.ts";
import { PartRefiner } from "./refiners/part-refiner.ts";
import { PastMarkerRefiner } from "./refiners/past-marker-refiner.ts";
import { RangeMerge } from "./refiners/range-merge.ts";
import { WeekdayDateMerge } from "./refiners/weekday-date-merge.ts";

/**
 * chrono's own pieces kept, by class name, from its casual configuration
 * (the strict time parser refuses "pukul 19.10"; the number filter below
 * does that job instead). The Indonesian month-name,
 * weekday, casual and duration parsers are left out: they read "Pada 5
 * November, 50 orang" as 1950, "minggu lalu" as Sunday and "dalam empat
 * bulan" as a date; the parsers of this folder replace them.
 */
const TIME_PARSER = "IDTimeExpressionParser";
const KEPT_PARSERS = ["ISOFormatParser", "SlashDateFormatParser", TIME_PARSER];

const pick = <T extends object>(list: T[], name: string): T[] => list.filter((x) => x.constructor.name === name);

/**
 * Build the configured chrono instance (done once, at module load). With
 * `times: false` chrono's time parser is left out, for text with no time.
 *
 * @example
 * const results = createDateChrono().parse("pada Selasa (4/2/2025)", new Date(Date.UTC(2024, 6, 1)));
 * results.map((r) => r.text); //=> ["Selasa (4/2/2025)"]
 */
export function createDateChrono(options: { times?: boolean } = {}): chrono.Chrono {
  const base = chrono.id.casual.clone();
  const instance = base.clone();
  const kept = options.times === false ? KEPT_PARSERS.filter((name) => name !== TIME_PARSER) : KEPT_PARSERS;
  instance.parsers = kept.flatMap((name) => pick(base.parsers, name));
  instance.parsers.push(new MonthNameParser(), new WeekdayParser(), new YearParser(), new RelativeParser(), new GarbledYearParser());
  const overlap = pick(base.refiners, "OverlapRemovalRefiner").slice(0, 1);
  instance.refiners = [
    new NumberNoiseFilter(),
    new ImplausibleYearRefiner(),
    ...overlap,
    ...pick(base.refiners, "ExtractTimezoneOffsetRefiner"),
    new WeekdayDateMerge(),
    new PartRefiner(),
    new RangeMerge(),
    ...pick(base.refiners, "ExtractTimezoneAbbrRefiner"),
    new DateTimeMerge(),
    new PastMarkerRefiner(),
    ...overlap,
    new FinalFilter(),
  ];
  return instance;
}
