/**
 * One article in, one entry out: reading (`read/read-article.ts`) and
 * placing (`place/place-readings.ts`) in one call, for a single file such
 * as the one an editor adds. A build runs the phases over the whole corpus
 * instead (`src/corpus/load-corpus.ts`), so that each reading is cached.
 */
import type { VFile } from "vfile";
import type { Entry } from "../schema/entry.ts";
import { placeReadings } from "./place/place-readings.ts";
import { readArticle, type ArticleInput } from "./read/read-article.ts";
import type { Reading } from "./read/reading.ts";

export interface ParsedArticle {
  /** The files reading and placing reported on: every problem found is a message of one of them. */
  files: VFile[];
  reading: Reading | null;
  entry: Entry | null;
}

/**
 * Parse one article file into a validated entry, an estimated date narrowed
 * by the dated entries among `others`. The entry is null when the file has a
 * fatal problem; the messages of `files` say what and where.
 *
 * @example
 * const { entry } = parseArticle({ name: "000_022d6d6978ebefb1.txt", bytes });
 * entry.source.outlet //=> "Liputan6.com"
 * entry.published     //=> { date: "2025-02-05", precision: "day", basis: "citation", … }
 */
export function parseArticle(input: ArticleInput, others: readonly Entry[] = []): ParsedArticle {
  const { file, reading } = readArticle(input);
  const placed = placeReadings([reading], [file.path], others)[0];
  return { files: placed ? [file, placed.file] : [file], reading, entry: placed?.entry ?? null };
}
