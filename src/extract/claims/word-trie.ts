/**
 * Words of a sentence and a trie of phrases over them: the fast way to find
 * any of hundreds of names or verbs in one pass, whatever their number.
 *
 * A word is a run of letters and digits, with inner hyphens and apostrophes
 * ("mata-mata", "Jum'at"); every other non-space character is a word of its
 * own, so "(NIS)" is three words and "Korea Utara, KCNA" four.
 */

/** The words of a text with their offsets; `lower` is each word in lower case. */
export interface Words {
  raw: string[];
  lower: string[];
  start: number[];
  end: number[];
}

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}\p{M}]/u.test(text[i]!);
}

/**
 * Split a text into words.
 *
 * @example
 * splitWords("agen mata-mata (NIS),").raw //=> ["agen", "mata-mata", "(", "NIS", ")", ","]
 */
export function splitWords(text: string): Words {
  const words: Words = { raw: [], lower: [], start: [], end: [] };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || (c > 127 && /\s/u.test(text[i]!))) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWordChar(c, text, i)) {
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isWordChar(d, text, j)) j++;
        else if ((d === 45 || d === 39 || d === 0x2019) && j + 1 < n && isWordChar(text.charCodeAt(j + 1), text, j + 1)) j += 2;
        else break;
      }
    }
    const raw = text.slice(i, j);
    words.raw.push(raw);
    words.lower.push(raw.toLowerCase());
    words.start.push(i);
    words.end.push(j);
    i = j;
  }
  return words;
}

/** A trie node: children by lower-case word, and the values of phrases ending here. */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export function newTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: [] };
}

/** Add a phrase (already split, lower case) with its value. */
export function addPhrase<T>(root: TrieNode<T>, phrase: readonly string[], value: T): void {
  let node = root;
  for (const word of phrase) {
    let child = node.next.get(word);
    if (!child) {
      child = newTrie<T>();
      node.next.set(word, child);
    }
    node = child;
  }
  node.values.push(value);
}

/**
 * The phrases of the trie that start at word `i`, longest first, as the index
 * of their last word and the values ending there.
 */
export function phrasesAt<T>(root: TrieNode<T>, words: Words, i: number): { last: number; values: T[] }[] {
  if (!root.next.has(words.lower[i]!)) return [];
  const out: { last: number; values: T[] }[] = [];
  let node: TrieNode<T> | undefined = root;
  for (let j = i; j < words.lower.length; j++) {
    node = node.next.get(words.lower[j]!);
    if (!node) break;
    if (node.values.length > 0) out.push({ last: j, values: node.values });
  }
  return out.reverse();
}
