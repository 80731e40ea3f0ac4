/**
 * One article in, one entry out: reading (`read/read-article.ts`), dating
 * (`place/date-article.ts`) and placing (`place/place-article.ts`) in one
 * call, for a single file. A build runs the phases over the whole corpus
 * instead (`src/corpus/load-corpus.ts`), so that each reading is cached and
 * articles are dated from each other.
 */
import type { VFile } from "vfile";
import type { Entry } from "../schema/entry.ts";
import { dateArticle } from "./place/date-article.ts";
import { placeArticle } from "./place/place-article.ts";
import type { ContextIndex } from "./published/context-index.ts";
import { readArticle, type ArticleInput } from "./read/read-article.ts";
import type { Reading } from "./read/reading.ts";

export interface ParsedArticle {
  file: VFile;
  reading: Reading | null;
  entry: Entry | null;
}

/**
 * Parse one article file into a validated entry, its estimated date (if
 * any) narrowed by `context`. The entry is null when the file has a fatal
 * problem; `file.messages` says what and where.
 *
 * @example
 * const { entry } = parseArticle({ name: "000_022d6d6978ebefb1.txt", bytes });
 * entry.source.outlet //=> "Liputan6.com"
 * entry.published     //=> { date: "2025-02-05", precision: "day", basis: "citation", … }
 */
export function parseArticle(input: ArticleInput, context: ContextIndex | null = null): ParsedArticle {
  const { file, reading } = readArticle(input);
  const entry = reading && placeArticle(reading, dateArticle(reading, context), file);
  return { file, reading, entry };
}
