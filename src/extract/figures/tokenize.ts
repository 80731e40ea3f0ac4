/**
 * Splits a sentence into word and numeral tokens with their offsets, the
 * shared ground of the quantity finder and the figure classifier.
 */

/** One word or numeral of a sentence. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lowercased, for lexicon look-ups. */
  lower: string;
  /** Offset of the first character in the sentence. */
  index: number;
  /** Offset just past the last character. */
  end: number;
  /** True for a numeral written in ASCII digits ("10.000", "2,5", "4/2/2025"). */
  num: boolean;
}

// A numeral keeps its inner ".", ",", ":" and "/" so that "10.000", "2,5",
// "16:59" and "4/2/2025" stay whole; a word keeps inner hyphens and
// apostrophes ("luka-luka", "kira-kira", "Jum'at"). Both are linear: each
// repetition must consume a separator and then at least one character.
const TOKEN = /[0-9]+(?:[.,:/][0-9]+)*|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;

/**
 * Tokenize a sentence into words and numerals.
 *
 * @example
 * tokenize("sekitar 10.000 tentara").map((t) => t.text);
 * //=> ["sekitar", "10.000", "tentara"]
 */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m !== null; m = TOKEN.exec(sentence)) {
    const text = m[0];
    const c = text.charCodeAt(0);
    tokens.push({
      text,
      lower: text.toLowerCase(),
      index: m.index,
      end: m.index + text.length,
      num: c >= 48 && c <= 57,
    });
  }
  return tokens;
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
