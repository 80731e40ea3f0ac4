/**
 * An inverted index from words to the items whose words they are, so that
 * an item is compared only with the items it shares words with instead of
 * with every item. A word of more than `maxPostings` items is too common to
 * tell which items are alike, and finds none: that keeps the work
 * near-linear on a large corpus.
 */
export class WordIndex<T> {
  readonly #postings = new Map<string, T[]>();
  readonly maxPostings: number;

  constructor(maxPostings = Number.POSITIVE_INFINITY) {
    this.maxPostings = maxPostings;
  }

  /** Index `item` under each of `words` (give each word once per item). */
  add(item: T, words: Iterable<string>): void {
    for (const w of words) {
      const list = this.#postings.get(w);
      if (list) list.push(item);
      else this.#postings.set(w, [item]);
    }
  }

  /**
   * The items sharing words with `words`, with how many they share, in the
   * order they were first met; words too common to tell are skipped.
   *
   * @example
   * const index = new WordIndex<number>();
   * index.add(0, ["kerah", "kursk"]); index.add(1, ["kerah", "pasukan"]);
   * index.shared(["kerah", "kursk"]) //=> Map { 0 => 2, 1 => 1 }
   */
  shared(words: Iterable<string>): Map<T, number> {
    const counts = new Map<T, number>();
    for (const w of words) {
      const list = this.#postings.get(w);
      if (!list || list.length > this.maxPostings) continue;
      for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    return counts;
  }
}
