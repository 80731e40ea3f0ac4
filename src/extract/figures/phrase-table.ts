/**
 * Phrase tables: lexicon phrases of one or more words, matched against
 * tokens in constant time per position (a map from the first and the last
 * word to the phrases, longest first).
 */
import { spacedFromPrevious, type Token } from "./tokenize.ts";

interface Entry<T> {
  words: string[];
  value: T;
}

/** A compiled set of phrases, each carrying a value. */
export interface PhraseTable<T> {
  byFirst: Map<string, Entry<T>[]>;
  byLast: Map<string, Entry<T>[]>;
  /** When true a word also matches with the possessive "-nya" ("tentaranya"). */
  nya: boolean;
}

/** A phrase found in the tokens: its value and first and last token. */
export interface PhraseMatch<T> {
  value: T;
  words: string[];
  first: number;
  last: number;
}

function add<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else {
    list.push(entry);
    list.sort((a, b) => b.words.length - a.words.length);
  }
}

/**
 * Compile `[phrase, value]` pairs. Phrases are split on spaces and
 * lowercased; the longest phrase wins when several match at one place.
 *
 * @example
 * const t = compilePhrases([["lebih dari", "lower"], ["lebih", "lower"]]);
 * t.byLast.get("dari")?.[0]?.words;
 * //=> ["lebih", "dari"]
 */
export function compilePhrases<T>(
  items: Iterable<readonly [string, T]>,
  options: { nya?: boolean } = {},
): PhraseTable<T> {
  const table: PhraseTable<T> = { byFirst: new Map(), byLast: new Map(), nya: options.nya ?? false };
  for (const [phrase, value] of items) {
    const words = phrase.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
    const first = words[0];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) continue;
    const entry = { words, value };
    add(table.byFirst, first, entry);
    add(table.byLast, last, entry);
  }
  return table;
}

function same(token: Token | undefined, word: string | undefined, nya: boolean): boolean {
  if (token === undefined || word === undefined) return false;
  return token.lower === word || (nya && token.lower.length === word.length + 3 && token.lower === `${word}nya`);
}

function candidates<T>(map: Map<string, Entry<T>[]>, token: Token, nya: boolean): Entry<T>[] | undefined {
  const direct = map.get(token.lower);
  if (direct !== undefined || !nya || !token.lower.endsWith("nya")) return direct;
  return map.get(token.lower.slice(0, -3));
}

function fits<T>(entry: Entry<T>, sentence: string, tokens: readonly Token[], first: number, nya: boolean): boolean {
  const n = entry.words.length;
  if (first < 0 || first + n > tokens.length) return false;
  for (let j = 0; j < n; j++) {
    if (!same(tokens[first + j], entry.words[j], nya)) return false;
    if (j > 0 && !spacedFromPrevious(sentence, tokens, first + j)) return false;
  }
  return true;
}

/** The longest phrase of `table` whose first word is token `k`. */
export function matchStartingAt<T>(
  table: PhraseTable<T>,
  sentence: string,
  tokens: readonly Token[],
  k: number,
): PhraseMatch<T> | null {
  const token = tokens[k];
  if (token === undefined || token.num) return null;
  const list = candidates(table.byFirst, token, table.nya);
  if (list === undefined) return null;
  for (const entry of list) {
    if (fits(entry, sentence, tokens, k, table.nya)) {
      return { value: entry.value, words: entry.words, first: k, last: k + entry.words.length - 1 };
    }
  }
  return null;
}

/** The longest phrase of `table` whose last word is token `k`. */
export function matchEndingAt<T>(
  table: PhraseTable<T>,
  sentence: string,
  tokens: readonly Token[],
  k: number,
): PhraseMatch<T> | null {
  const token = tokens[k];
  if (token === undefined || token.num) return null;
  const list = candidates(table.byLast, token, table.nya);
  if (list === undefined) return null;
  for (const entry of list) {
    const first = k - entry.words.length + 1;
    if (fits(entry, sentence, tokens, first, table.nya)) {
      return { value: entry.value, words: entry.words, first, last: k };
    }
  }
  return null;
}
