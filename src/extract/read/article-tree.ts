/**
 * The tree an article becomes while it is read: remark's paragraphs turned
 * into the article's lines, the lines sorted by cleaning into a headline,
 * paragraphs and removed lines, and the paragraphs split into sentences.
 * Each reading step annotates these nodes (`data`), so what a later step
 * needs travels on the nodes; a step that finds its input missing says which
 * step had to run first instead of quietly finding nothing.
 */
import type { Literal, Parent, Position } from "unist";
import type { Attribution } from "../claims/index.ts";
import type { ArticleRelays } from "../provenance/article-relays.ts";
import type { DateExpression } from "../dates/index.ts";
import type { DraftFigure } from "../figures/draft-figure.ts";
import type { Published, Source } from "../../schema/entry.ts";
import type { DateLine } from "../source/find-byline.ts";

/** One non-empty line of the body as written (article-lines). */
export interface LineNode extends Literal {
  type: "line";
  value: string;
  position: Position;
}

/** The headline above the body (clean-boilerplate); figures in it are found too (find-figures). */
export interface HeadlineNode extends Literal {
  type: "headline";
  value: string;
  position: Position;
  data: { figures?: DraftFigure[] };
}

/** A line, or the tail of one, that is not the article's text, with the id of the rule that dropped it. */
export interface RemovedNode extends Literal {
  type: "removed";
  value: string;
  position: Position;
  data: {
    rule: string;
    /** Date expressions of a removed line that still dates the article: byline, date line, caption (find-dates). */
    dates?: DateExpression[];
  };
}

/** One sentence of a paragraph (split-sentences), annotated by the steps after it. */
export interface SentenceNode extends Literal {
  type: "sentence";
  value: string;
  position: Position;
  data: {
    /** Date expressions, not yet on the calendar (find-dates). */
    dates?: DateExpression[];
    /** Who speaks (attribute-claims). */
    attribution?: Attribution;
    /** Whether the sentence is a claim of its speaker (attribute-claims). */
    claim?: boolean;
    /** Counts of people (find-figures). */
    figures?: DraftFigure[];
  };
}

/** A kept line of the article (clean-boilerplate), split into sentences (split-sentences). */
export interface ParagraphNode extends Parent {
  type: "paragraph";
  /** The kept text: the line without a stripped trailing credit. */
  value: string;
  kind: "paragraph" | "subheading";
  position: Position;
  children: SentenceNode[];
}

export type BlockNode = LineNode | HeadlineNode | ParagraphNode | RemovedNode;

/** The article: its blocks in the order of the file, and what was read of it as a whole. */
export interface ArticleRoot extends Parent {
  type: "root";
  children: BlockNode[];
  data: {
    /** Who published it and whom it credits (detect-source). */
    source?: Source;
    /** Every byline or date line carrying a date stamp, in file order (detect-source). */
    dateLines?: DateLine[];
    /** Line of the dateline that opens the article's text, if found (detect-source). */
    datelineLine?: number | null;
    /** The date the article gives itself, without other articles (own-date). */
    ownDate?: Published | null;
    /** The stamp that dated it, if one did (own-date): only its dates are the article's. */
    stamp?: DateLine | null;
    /** The agencies and outlets each statement came through (find-relays). */
    relays?: ArticleRelays;
  };
}

/**
 * `value`, or an error naming the step that has to run before `step`: the
 * reading steps run in one order, and a step run out of it must not quietly
 * find nothing.
 *
 * @example
 * needs(tree.data.source, "attribute-claims", "detect-source") //=> the source, or throws
 */
export function needs<T>(value: T | undefined, step: string, before: string): T {
  if (value === undefined) throw new Error(`The reading step ${step} needs ${before} to run before it`);
  return value;
}

/** The children of `root` of one block type, in file order. */
export function blocksOf<K extends BlockNode["type"]>(root: ArticleRoot, type: K): Extract<BlockNode, { type: K }>[] {
  return root.children.filter((node): node is Extract<BlockNode, { type: K }> => node.type === type);
}

/** Every sentence of the article, in order. */
export function sentencesOf(root: ArticleRoot): SentenceNode[] {
  return blocksOf(root, "paragraph").flatMap((p) => p.children);
}

/** A position on one line, from a 1-based column and an offset in the file. */
export function positionOn(line: number, column: number, offset: number, length: number): Position {
  return { start: { line, column, offset }, end: { line, column: column + length, offset: offset + length } };
}
