/**
 * The publication date an article is placed at: the date it gives itself,
 * or, when that is an estimate coarser than a day or nothing at all, one
 * that the dated articles help to find: the year of a weekday-marked date
 * the text leaves without one ("Kamis (23/1)": the last such Thursday up to
 * some months after the newest dated article), else the bounds of the dated
 * articles that tell the same story (`narrowWithContext`).
 */
import type { Published } from "../../schema/entry.ts";
import { leadSentence } from "../published/article-opening.ts";
import { citationOffsets } from "../published/citation-offsets.ts";
import type { ContextIndex } from "../published/context-index.ts";
import type { TextEvidence } from "../published/dated-expression.ts";
import { narrowWithContext } from "../published/narrow-with-context.ts";
import { textYears } from "../published/newest-own-date.ts";
import { writingDay } from "../published/writing-day.ts";
import type { Reading } from "../read/reading.ts";

/** How far past the newest dated article a weekday date's year may reach: an article newer than all of them. */
const NEWER_THAN_ALL_DAYS = 183;

/** What the reading's text gives for dating it. */
export function textEvidenceOf(reading: Reading): TextEvidence {
  const sentences = reading.sentences.map((s) => ({ text: s.text, offset: s.place.offset, statement: s.attribution.marker !== null }));
  return {
    sentences,
    found: reading.sentences.flatMap((s, sentence) => s.dates.map((expr) => ({ expr, sentence }))),
    creditOffsets: citationOffsets(reading.source.credits),
    lead: leadSentence(sentences, reading.source.dateline),
  };
}

/**
 * @example
 * dateArticle(readingOf002, null).date                             //=> "2022-09" (the text alone: an estimate)
 * dateArticle(readingOf002, contextIndex(toContext(dated))).date //=> "2025-02-27/2025-03-05" (narrowed by the dated seeds)
 */
export function dateArticle(reading: Reading, context: ContextIndex | null): Published | null {
  const own = reading.ownDate;
  if ((own && (!own.estimated || own.precision === "day")) || !context || context.dated === 0) return own;
  const evidence = textEvidenceOf(reading);
  if (context.newest !== null) {
    const day = writingDay(evidence, { ...textYears(evidence.found), before: { day: context.newest, slackDays: NEWER_THAN_ALL_DAYS, what: "some months after the newest dated article" } });
    if (day) return day;
  }
  return narrowWithContext(evidence.sentences, evidence.found, own, context) || own;
}
