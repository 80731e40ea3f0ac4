/** A date expression found in a sentence of the article, and the sentences as the dating rules see them. */
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
  /** The sentence reports what someone said (it has a reporting verb or marker: "kata", "ujarnya"). */
  statement?: boolean;
}

/** What the article's own text gives for dating it. */
export interface TextEvidence {
  sentences: SentenceRef[];
  /** The date expressions of the sentences. */
  found: DatedExpression[];
  /** Offsets in the file of the credits ("dikutip dari CNA"), which mark citation sentences. */
  creditOffsets: number[];
  /** Index of the sentence that opens the article after its dateline (0 when there is no dateline). */
  lead: number;
}
