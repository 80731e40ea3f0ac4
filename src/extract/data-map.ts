/**
 * What each step of the article pipeline leaves on `file.data`, typed by
 * augmenting vfile's `DataMap` (the unified convention).
 */
import type { FrontMatter } from "../ingest/front-matter.ts";
import type { Attribution } from "./claims/index.ts";
import type { DatedExpression } from "./published/dated-expression.ts";
import type { ContextEntry } from "./published/narrow-with-context.ts";
import type { Claim, Entry, Figure, Mention, Published, Removed, Source } from "../schema/entry.ts";

/** One non-empty line of the article body, as written. */
export interface ArticleLine {
  text: string;
  /** 1-based line in the file. */
  line: number;
  /** Offset of the line's first character in the file. */
  offset: number;
  /** The markdown block it belongs to ("paragraph", "heading", "list", ...). */
  block: string;
}

export interface ArticleSentence {
  text: string;
  paragraph: number;
  line: number;
  column: number;
  offset: number;
}

export interface ArticleParagraph {
  text: string;
  kind: "paragraph" | "subheading";
  line: number;
  offset: number;
}

declare module "vfile" {
  interface DataMap {
    /** Who the file is: its URL slug, name in the seeds folder and content hash. */
    article: { id: string; name: string; hash: string };
    /** Front matter, validated (`src/ingest/front-matter.ts`). */
    frontMatter: FrontMatter;
    /** Every non-empty line of the body (article-lines). */
    lines: ArticleLine[];
    /** The lines kept as the article (clean-boilerplate). */
    paragraphs: ArticleParagraph[];
    removed: Removed[];
    headline: { text: string; line: number } | null;
    /** Date line or byline carrying the publication date, if any (source). */
    dateLine: { text: string; line: number; rule: string } | null;
    source: Source;
    sentences: ArticleSentence[];
    /** Date expressions of every sentence, not yet on the calendar (find-mentions). */
    dateExpressions: DatedExpression[];
    /** Date expressions of dropped lines that still date the article (find-mentions). */
    lineExpressions: { expr: DatedExpression["expr"]; line: number; column: number; offset: number }[];
    /** Dated articles that can narrow an estimated publication date (given by the caller). */
    context: ContextEntry[];
    mentions: Mention[];
    published: Published;
    /** Who speaks in each sentence (extract-claims). */
    attributions: Attribution[];
    claims: Claim[];
    figures: Figure[];
    /** The validated entry (assemble-entry). */
    entry: Entry;
  }
}
