/** A date expression found in a sentence of the article. */
import type { DateExpression } from "../dates/index.ts";

export interface DatedExpression {
  expr: DateExpression;
  /** Index into the article's sentences. */
  sentence: number;
}

export interface SentenceRef {
  text: string;
  /** Offset of the sentence in the file. */
  offset: number;
}
