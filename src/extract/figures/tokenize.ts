/**
 * The tokens of a sentence as figures read them: its words and numerals
 * (`tokenize` without the marks), the shared ground of the quantity finder
 * and the figure classifier, and how two neighbouring tokens join.
 */
import { compilePhrases, phrasesEndingAt, phrasesStartingAt, type PhraseMatch, type PhraseTable } from "../../text/phrase-table.ts";
import { tokenize as tokenizeText, type Token } from "../../text/tokenize.ts";

export type { PhraseMatch, PhraseTable, Token };
export { compilePhrases };

/**
 * The words and numerals of a sentence.
 *
 * @example
 * tokenize("sekitar 10.000 tentara.").map((t) => t.text);
 * //=> ["sekitar", "10.000", "tentara"]
 */
export function tokenize(sentence: string): Token[] {
  return tokenizeText(sentence).filter((t) => t.kind !== "mark");
}

let lastSentence: string | null = null;
let lastTokens: readonly Token[] = [];

/**
 * The tokens of a sentence, shared read-only between the finder and the
 * classifier: the last sentence's tokens are kept, so classifying the
 * quantities just found does not tokenize it again.
 */
export function sharedTokens(sentence: string): readonly Token[] {
  if (sentence !== lastSentence) {
    lastTokens = tokenize(sentence);
    lastSentence = sentence;
  }
  return lastTokens;
}

/** Longest gap (in characters) still read as "the next word". */
const NEAR = 12;

/**
 * The characters between token `k - 1` and token `k`, or null when they are
 * too many to be read as adjacent words (or `k` is the first token).
 */
export function gapBefore(sentence: string, tokens: readonly Token[], k: number): string | null {
  const prev = tokens[k - 1];
  const cur = tokens[k];
  if (prev === undefined || cur === undefined) return null;
  if (cur.index - prev.end > NEAR) return null;
  return sentence.slice(prev.end, cur.index);
}

const SPACE_ONLY = /^[ \t\u00a0]{1,3}$/;

/** True when token `k` follows token `k - 1` after one to three spaces only. */
export function spacedFromPrevious(sentence: string, tokens: readonly Token[], k: number): boolean {
  const gap = gapBefore(sentence, tokens, k);
  return gap !== null && SPACE_ONLY.test(gap);
}

const CLAUSE_BREAK = /[,;:()[\]"“”‘’«»!?…]|\s[-–—]\s|—|--|\.(?!\d)/;

/**
 * True when punctuation between token `k - 1` and token `k` closes a clause
 * (a comma, semicolon, bracket, quote, spaced dash). A long gap counts as a
 * break too.
 */
export function clauseBreakBefore(sentence: string, tokens: readonly Token[], k: number): boolean {
  const gap = gapBefore(sentence, tokens, k);
  return gap === null || CLAUSE_BREAK.test(gap);
}

/** The longest phrase of `table` whose first word is token `k`, its words one to three spaces apart. */
export function matchStartingAt<T>(table: PhraseTable<T>, sentence: string, tokens: readonly Token[], k: number): PhraseMatch<T> | null {
  if (tokens[k] === undefined || tokens[k].num) return null;
  return phrasesStartingAt(table, (j) => tokens[j]?.lower, k, (j) => spacedFromPrevious(sentence, tokens, j))[0] ?? null;
}

/** The longest phrase of `table` whose last word is token `k`, its words one to three spaces apart. */
export function matchEndingAt<T>(table: PhraseTable<T>, sentence: string, tokens: readonly Token[], k: number): PhraseMatch<T> | null {
  if (tokens[k] === undefined || tokens[k].num) return null;
  return phrasesEndingAt(table, (j) => tokens[j]?.lower, k, (j) => spacedFromPrevious(sentence, tokens, j))[0] ?? null;
}
