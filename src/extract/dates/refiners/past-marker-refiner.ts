/**
 * Adds "lalu"/"silam"/"kemarin" after a month or a date: "Agustus lalu",
 * "bulan Agustus lalu", "7-12 Maret lalu". Without a year the marker says
 * "the most recent past one"; with a year ("2019 silam") it only joins the text.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { PAST_TAG } from "../date-tags.ts";
import { once } from "../../../lexicon/define-lexicon.ts";
import { dateVocabulary } from "../date-vocabulary.ts";
import { WORD_CLASS as W } from "../text-context.ts";
import { isCalendarDate, resultEnd } from "./result-kinds.ts";

const AFTER = once(() => new RegExp(`^\\s{1,3}${dateVocabulary().source.past}(?![${W}])`, "i"));
const LOOK_AHEAD = 24;

export class PastMarkerRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    for (const r of results) {
      if (!isCalendarDate(r) || r.start.isCertain("hour")) continue;
      const end = resultEnd(r);
      const m = AFTER().exec(text.slice(end, end + LOOK_AHEAD));
      if (!m) continue;
      r.text = text.slice(r.index, end + m[0].length);
      const yearless = !r.start.isCertain("year") && !(r.end?.isCertain("year") ?? false);
      if (yearless) r.addTag(PAST_TAG);
    }
    return results;
  }
}
