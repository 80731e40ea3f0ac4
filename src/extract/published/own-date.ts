/**
 * The publication date an article gives itself, by the first rule that
 * gives one: front matter; a date line or byline; a date in the URL; the
 * newest weekday-marked date in the dateline sentence or a citation;
 * otherwise an estimate from the newest date the text names (which other
 * articles may narrow when the article is placed, `narrow-with-context.ts`).
 */
import { inJakartaTime } from "../../calendar/calendar.ts";
import type { FrontMatter } from "../../ingest/front-matter.ts";
import type { Published } from "../../schema/entry.ts";
import type { DateLine } from "../source/find-byline.ts";
import { dateFromCitation } from "./date-from-citation.ts";
import { dateFromTextLine } from "./date-from-text-line.ts";
import { dateFromUrl } from "./date-from-url.ts";
import type { DatedExpression, SentenceRef } from "./dated-expression.ts";
import { estimateFromText } from "./estimate-from-text.ts";
import { spanOfIso } from "../dates/date-spans.ts";

/** What of an article can date it. */
export interface DateEvidence {
  frontMatter: FrontMatter;
  /** The byline or date line found with the source, if any. */
  dateLine: DateLine | null;
  url: string | null;
  sentences: SentenceRef[];
  /** The date expressions of the sentences. */
  found: DatedExpression[];
  /** Offsets in the file of the credits ("dikutip dari CNA"), which mark citation sentences. */
  creditOffsets: number[];
}

/**
 * @example
 * ownDate({ frontMatter: {}, dateLine: null, url: null, sentences, found, creditOffsets }) // seeds/000_022d6d6978ebefb1.txt
 * //=> { date: "2025-02-05", precision: "day", basis: "citation", estimated: false, text: "Rabu (5/2)", … }
 */
export function ownDate(evidence: DateEvidence): Published | null {
  const { frontMatter: fm } = evidence;
  if (fm.published) {
    const local = inJakartaTime(fm.published);
    const reason = local === fm.published ? "front matter" : "front matter, in Jakarta time (WIB)";
    return { ...spanOfIso(local), basis: "front-matter", estimated: false, text: fm.published, reason };
  }
  return (
    (evidence.dateLine && dateFromTextLine(evidence.dateLine)) ||
    dateFromUrl(evidence.url) ||
    dateFromCitation(evidence.sentences, evidence.found, evidence.creditOffsets) ||
    estimateFromText(evidence.sentences, evidence.found)
  );
}
