/**
 * Candidate pairs of alike sentences without comparing every pair: an
 * inverted index from each distinctive word to the sentences that use it.
 * Words used by more than `maxPostings` sentences are too common to tell
 * anything and are skipped, which keeps the work near-linear.
 */

export interface WordIndex {
  /** Indexes j > i of the sets that share at least `minShared` indexed words with set i. */
  candidates(i: number, minShared: number): number[];
}

/**
 * @example
 * const index = wordIndex([new Set(["kerah", "kursk"]), new Set(["kerah", "kursk", "pasukan"]), new Set(["riyadh"])]);
 * index.candidates(0, 2) //=> [1]
 */
export function wordIndex(sets: readonly Set<string>[], maxPostings = 64): WordIndex {
  const postings = new Map<string, number[]>();
  sets.forEach((words, i) => {
    for (const w of words) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  return {
    candidates(i, minShared) {
      const counts = new Map<number, number>();
      for (const w of sets[i] ?? []) {
        const list = postings.get(w);
        if (!list || list.length > maxPostings) continue;
        for (const j of list) if (j > i) counts.set(j, (counts.get(j) ?? 0) + 1);
      }
      return [...counts].filter(([, n]) => n >= minShared).map(([j]) => j).sort((a, b) => a - b);
    },
  };
}
