/**
 * One article in, one entry out: the unified pipeline that every article
 * goes through. Each step is a plugin that leaves its result on `file.data`
 * and reports problems as messages with their place in the file.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { decodeArticle } from "../ingest/decode-article.ts";
import { entryId } from "../ingest/entry-id.ts";
import { splitFrontMatter } from "../ingest/front-matter.ts";
import type { Entry } from "../schema/entry.ts";
import type { ContextEntry } from "./published/narrow-with-context.ts";
import "./data-map.ts";
import articleLines from "./plugins/article-lines.ts";
import assembleEntry from "./plugins/assemble-entry.ts";
import cleanBoilerplate from "./plugins/clean-boilerplate.ts";
import datePublication from "./plugins/date-publication.ts";
import detectSource from "./plugins/detect-source.ts";
import extractClaims from "./plugins/extract-claims.ts";
import extractFigures from "./plugins/extract-figures.ts";
import findMentions from "./plugins/find-mentions.ts";
import plainTextSyntax from "./plugins/plain-text-syntax.ts";
import splitSentences from "./plugins/split-sentences.ts";

/**
 * Bumped whenever a change to the parser or a lexicon can change an entry:
 * cached entries of another version are parsed again.
 */
export const PARSER_VERSION = "2";

export interface ArticleInput {
  /** Path relative to the seeds folder, used in messages and as the entry's `file`. */
  name: string;
  bytes: Uint8Array;
  /** Folder shown before `name` in messages (default "seeds"). */
  folder?: string;
  /** Dated entries that may narrow an estimated publication date. */
  context?: ContextEntry[];
}

export interface ParsedArticle {
  file: VFile;
  entry: Entry | null;
}

/** The pipeline, built once: every step is a plugin over the same file. */
const processor = unified()
  .use(remarkParse)
  .use(plainTextSyntax)
  .use(articleLines)
  .use(cleanBoilerplate)
  .use(detectSource)
  .use(splitSentences)
  .use(findMentions)
  .use(datePublication)
  .use(extractClaims)
  .use(extractFigures)
  .use(assembleEntry)
  .freeze();

/** URL slug for an article file name: "000_022d6.txt" → "000-022d6". */
export { entryId };

/**
 * Parse one article file into a validated entry. The entry is null when the
 * file has a fatal problem; `file.messages` says what and where.
 *
 * @example
 * const { entry } = parseArticle({ name: "000_022d6d6978ebefb1.txt", bytes });
 * entry.source.outlet //=> "Liputan6.com"
 * entry.published     //=> { date: "2025-02-05", precision: "day", basis: "citation", … }
 */
export function parseArticle(input: ArticleInput): ParsedArticle {
  const file = new VFile({ path: path.posix.join(input.folder ?? "seeds", input.name) });
  const text = decodeArticle(input.bytes, file);
  const split = text === null ? null : splitFrontMatter(text, file);
  if (split === null) return { file, entry: null };
  file.value = split.body;
  file.data.frontMatter = split.data;
  if (input.context) file.data.context = input.context;
  file.data.article = {
    id: entryId(input.name),
    name: input.name,
    hash: createHash("sha256").update(input.bytes).digest("hex"),
  };
  processor.runSync(processor.parse(file), file);
  const fatal = file.messages.some((m) => m.fatal === true);
  return { file, entry: fatal ? null : (file.data.entry ?? null) };
}

