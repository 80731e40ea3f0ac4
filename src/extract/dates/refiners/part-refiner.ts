/**
 * Adds the part word before a month or a year: "pertengahan Januari",
 * "awal Februari", "akhir 2024", "akhir tahun lalu", "awal bulan Maret".
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { partTag, readDateTags } from "../date-tags.ts";
import { nameKey } from "../../../calendar/calendar-names.ts";
import { once } from "../../../lexicon/define-lexicon.ts";
import { dateVocabulary } from "../date-vocabulary.ts";
import { isBoundaryBefore } from "../text-context.ts";

const LOOK_BACK = 40;
const PART_BEFORE = once(() => new RegExp(`(${dateVocabulary().source.part})\\s{1,3}(?:(?:bulan|tahun)\\s{1,3})?$`, "i"));

/** True when a part word may narrow this result: a month, a year or a relative month/year without a day. */
function takesPart(result: ParsingResult): boolean {
  const s = result.start;
  const tags = readDateTags(s.tags());
  if (tags.part !== undefined || s.isCertain("day")) return false;
  if (tags.relative) return tags.relative.unit === "month" || tags.relative.unit === "year";
  return s.isCertain("month") || (s.isCertain("year") && !result.end);
}

export class PartRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    for (const r of results) {
      if (!takesPart(r)) continue;
      const from = Math.max(0, r.index - LOOK_BACK);
      const m = PART_BEFORE().exec(text.slice(from, r.index));
      if (!m || m[1] === undefined) continue;
      const start = from + m.index;
      if (!isBoundaryBefore(text, start)) continue;
      const part = dateVocabulary().parts.get(nameKey(m[1]));
      if (part === undefined) continue;
      r.text = text.slice(start, r.index + r.text.length);
      r.index = start;
      r.start.addTag(partTag(part));
    }
    return results;
  }
}
