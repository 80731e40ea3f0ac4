/**
 * The publication date an article is placed at: the date it gives itself,
 * or, when that is only an estimate, the estimate narrowed by the dated
 * articles that tell the same story (`narrowWithContext`).
 */
import type { Published } from "../../schema/entry.ts";
import type { ContextIndex } from "../published/context-index.ts";
import { narrowWithContext } from "../published/narrow-with-context.ts";
import type { Reading } from "../read/reading.ts";

/**
 * @example
 * dateArticle(readingOf002, null).date                             //=> "2022-09" (the text alone: an estimate)
 * dateArticle(readingOf002, contextIndex(toContext(dated))).date //=> "2025-02-27/2025-03-05" (narrowed by the dated seeds)
 */
export function dateArticle(reading: Reading, context: ContextIndex | null): Published | null {
  const own = reading.ownDate;
  if ((own && !own.estimated) || !context) return own;
  const sentences = reading.sentences.map((s) => ({ text: s.text, offset: s.place.offset }));
  const found = reading.sentences.flatMap((s, sentence) => s.dates.map((expr) => ({ expr, sentence })));
  return narrowWithContext(sentences, found, own, context) || own;
}
