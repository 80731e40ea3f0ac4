/**
 * Drops a written year no date can have ("12/08/3025", a slip of the
 * keyboard for 2025): the day and month stand, and the year is left unknown,
 * as for "Kamis (15/07/22021)" (`GarbledYearParser`). The bounds are the
 * `years` of `src/lexicon/dates.yaml`.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { GARBLED_YEAR_TAG } from "../date-tags.ts";
import { dateVocabulary } from "../date-vocabulary.ts";

export class ImplausibleYearRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const { min, max } = dateVocabulary().years;
    for (const r of results) {
      const year = r.start.isCertain("year") ? r.start.get("year") : null;
      if (year === null || (year >= min && year <= max) || !r.start.isCertain("month")) continue;
      r.start.delete("year");
      r.addTag(GARBLED_YEAR_TAG);
    }
    return results;
  }
}
