/**
 * Phrase tables: the fast way to find any of hundreds of lexicon phrases
 * (names, verbs, nouns) among the tokens of a sentence, in one walk of a
 * trie per position whatever the number of phrases. A table holds each
 * phrase forwards and backwards, so a walk can start at a phrase's first
 * token or end at its last.
 */
import { tokenize } from "./tokenize.ts";

interface Node<T> {
  next: Map<string, Node<T>>;
  /** The phrase ending here, as written in the lexicon (lowercased tokens), and its values. */
  words: string[] | null;
  values: T[];
}

export interface PhraseTable<T> {
  forward: Node<T>;
  backward: Node<T>;
  /** When true a token also matches a phrase word with the possessive "-nya" ("tentaranya" for "tentara"). */
  nya: boolean;
}

/** A phrase found among the tokens: its first and last token, its words and its values. */
export interface PhraseMatch<T> {
  first: number;
  last: number;
  words: string[];
  /** The values of every phrase with these words, in the order they were compiled. */
  values: T[];
  /** The first of `values`. */
  value: T;
}

const node = <T>(): Node<T> => ({ next: new Map(), words: null, values: [] });

function add<T>(root: Node<T>, path: readonly string[], words: string[], value: T): void {
  let at = root;
  for (const w of path) {
    let child = at.next.get(w);
    if (!child) at.next.set(w, (child = node<T>()));
    at = child;
  }
  at.words ??= words;
  at.values.push(value);
}

/**
 * Compile `[phrase, value]` pairs; each phrase is split into tokens
 * (`tokenize`) and lowercased, or given as its lowercased tokens.
 *
 * @example
 * const table = compilePhrases([["lebih dari", "lower"], ["lebih", "lower"]]);
 * phrasesStartingAt(table, (j) => ["lebih", "dari", "1.000"][j], 0).map((m) => m.words)
 * //=> [["lebih", "dari"], ["lebih"]]
 */
export function compilePhrases<T>(items: Iterable<readonly [string | readonly string[], T]>, options: { nya?: boolean } = {}): PhraseTable<T> {
  const table: PhraseTable<T> = { forward: node(), backward: node(), nya: options.nya ?? false };
  for (const [phrase, value] of items) {
    const words = typeof phrase === "string" ? tokenize(phrase).map((t) => t.lower) : [...phrase];
    if (words.length === 0) continue;
    add(table.forward, words, words, value);
    add(table.backward, [...words].reverse(), words, value);
  }
  return table;
}

/** The keys a token can take in the table: itself, and without "-nya" when the table allows it. */
function keysOf(lower: string, nya: boolean): string[] {
  return nya && lower.length > 3 && lower.endsWith("nya") ? [lower, lower.slice(0, -3)] : [lower];
}

/**
 * Walk from token `k` in `step` direction; `joins(j)` says whether token j
 * may follow token j - 1 inside a phrase (default: always).
 */
function walk<T>(table: PhraseTable<T>, root: Node<T>, lowerAt: (j: number) => string | undefined, k: number, step: 1 | -1, joins?: (j: number) => boolean): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  const visit = (at: Node<T>, j: number): void => {
    const lower = lowerAt(j);
    if (lower === undefined) return;
    for (const key of keysOf(lower, table.nya)) {
      const child = at.next.get(key);
      if (!child) continue;
      if (child.words) {
        const [first, last] = step === 1 ? [k, j] : [j, k];
        out.push({ first, last, words: child.words, values: child.values, value: child.values[0]! });
      }
      const next = j + step;
      if (child.next.size > 0 && (!joins || joins(step === 1 ? next : j))) visit(child, next);
    }
  };
  visit(root, k);
  return out.sort((a, b) => b.last - b.first - (a.last - a.first));
}

/**
 * Every phrase of `table` whose first token is token `k`, longest first.
 *
 * @example
 * phrasesStartingAt(table, (j) => words.lower[j], 4)
 */
export function phrasesStartingAt<T>(table: PhraseTable<T>, lowerAt: (j: number) => string | undefined, k: number, joins?: (j: number) => boolean): PhraseMatch<T>[] {
  return walk(table, table.forward, lowerAt, k, 1, joins);
}

/**
 * Every phrase of `table` whose last token is token `k`, longest first.
 *
 * @example
 * phrasesEndingAt(table, (j) => ["lebih", "dari", "1.000"][j], 1).map((m) => m.words) //=> [["lebih", "dari"]]
 */
export function phrasesEndingAt<T>(table: PhraseTable<T>, lowerAt: (j: number) => string | undefined, k: number, joins?: (j: number) => boolean): PhraseMatch<T>[] {
  return walk(table, table.backward, lowerAt, k, -1, joins);
}

/**
 * True when some phrase of `table` starts with the token `lower`: a cheap
 * test before a walk.
 *
 * @example
 * opensPhrase(compilePhrases([["kata", true]]), "kata") //=> true
 */
export function opensPhrase<T>(table: PhraseTable<T>, lower: string): boolean {
  return keysOf(lower, table.nya).some((key) => table.forward.next.has(key));
}
