/**
 * A chrono parser for a numeric date whose year is mistyped beyond reading:
 * "Kamis (15/07/22021)". The day and month stand; the year is left unknown
 * (so the date is read like "Kamis (15/7)", its year found from the weekday
 * and the article's other dates). A four-digit year outside the years a
 * date may have ("12/08/3025") is dropped the same way by
 * `ImplausibleYearRefiner`.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { GARBLED_YEAR_TAG } from "../date-tags.ts";

/** Day and month, then five or more digits where the year should be. */
const PATTERN = /(?<![\d/.])([0-3]?\d)\/([01]?\d)\/\d{5,6}(?![\d/])/;

export class GarbledYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0], { day, month });
    result.addTag(GARBLED_YEAR_TAG);
    return result;
  }
}
