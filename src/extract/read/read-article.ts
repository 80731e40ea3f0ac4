/**
 * Reading an article, the first of its two phases: the file's bytes
 * decoded, its front matter checked, and the unified pipeline run over its
 * text. Everything found here is independent of the article's publication
 * date, so a reading is cached per file and placed later
 * (`src/extract/place/`), as often as the date changes.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { decodeArticle } from "../../ingest/decode-article.ts";
import { entryId } from "../../ingest/entry-id.ts";
import { splitFrontMatter } from "../../ingest/front-matter.ts";
import "./data-map.ts";
import articleLines from "./plugins/article-lines.ts";
import attributeClaims from "./plugins/attribute-claims.ts";
import cleanBoilerplate from "./plugins/clean-boilerplate.ts";
import collectReading from "./plugins/collect-reading.ts";
import detectSource from "./plugins/detect-source.ts";
import findDates from "./plugins/find-dates.ts";
import findFigures from "./plugins/find-figures.ts";
import findRelays from "./plugins/find-relays.ts";
import ownDate from "./plugins/own-date.ts";
import plainTextSyntax from "./plugins/plain-text-syntax.ts";
import splitSentences from "./plugins/split-sentences.ts";
import type { Reading } from "./reading.ts";


export interface ArticleInput {
  /** Path relative to the seeds folder, used in messages and as the entry's `file`. */
  name: string;
  bytes: Uint8Array;
  /** Folder shown before `name` in messages (default "seeds"). */
  folder?: string;
}

export interface ReadArticle {
  /** The file, with every problem found as a message. */
  file: VFile;
  /** Null when the file is not an article (not text, bad front matter …): `file.messages` says why. */
  reading: Reading | null;
}

/** The reading steps, in their order; each annotates the tree for the next. */
const processor = unified()
  .use(remarkParse)
  .use(plainTextSyntax)
  .use(articleLines)
  .use(cleanBoilerplate)
  .use(detectSource)
  .use(splitSentences)
  .use(findDates)
  .use(attributeClaims)
  .use(ownDate)
  .use(findFigures)
  .use(findRelays)
  .use(collectReading)
  .freeze();

/**
 * Read one article file.
 *
 * @example
 * const { reading } = readArticle({ name: "000_022d6d6978ebefb1.txt", bytes });
 * reading.source.outlet //=> "Liputan6.com"
 * reading.ownDate       //=> { date: "2025-02-05", precision: "day", basis: "citation", … }
 */
export function readArticle(input: ArticleInput): ReadArticle {
  const file = new VFile({ path: path.posix.join(input.folder ?? "seeds", input.name) });
  const text = decodeArticle(input.bytes, file);
  const split = text === null ? null : splitFrontMatter(text, file);
  if (split === null) return { file, reading: null };
  file.value = split.body;
  file.data.frontMatter = split.data;
  file.data.article = {
    id: entryId(input.name),
    name: input.name,
    hash: createHash("sha256").update(input.bytes).digest("hex"),
  };
  processor.runSync(processor.parse(file), file);
  return { file, reading: file.data.reading ?? null };
}
