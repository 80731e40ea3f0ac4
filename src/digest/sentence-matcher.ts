/**
 * Recognises two sentences that tell the same thing, across a corpus: words
 * that stand in a large share of all sentences ("Korea", "Utara", "tentara"
 * in a digest about North Korean troops) say nothing about which report a
 * sentence tells, so they are left out before comparing.
 */
import { contentWords, overlap } from "../extract/published/content-words.ts";

export interface SentenceMatcher {
  /** Content words of a sentence without the corpus's common words. */
  words(sentence: string): Set<string>;
  /** True when two word sets share at least `minShared` words and `minScore` of the smaller. */
  alike(a: Set<string>, b: Set<string>, minScore: number, minShared: number): boolean;
}

/**
 * Build a matcher for `sentences`: a word in more than `commonShare` of
 * them is common.
 *
 * @example
 * const m = sentenceMatcher(allSentences);
 * m.alike(m.words("Pada Januari, NIS memperkirakan 300 tewas"), m.words("NIS memperkirakan 300 tewas pada Januari"), 0.6, 2) //=> true
 */
export function sentenceMatcher(sentences: readonly string[], commonShare = 0.15): SentenceMatcher {
  const df = new Map<string, number>();
  for (const s of sentences) for (const w of contentWords(s)) df.set(w, (df.get(w) ?? 0) + 1);
  const limit = Math.max(2, sentences.length * commonShare);
  const common = new Set([...df].filter(([, n]) => n > limit).map(([w]) => w));
  return {
    words(sentence) {
      const out = new Set<string>();
      for (const w of contentWords(sentence)) if (!common.has(w)) out.add(w);
      return out;
    },
    alike(a, b, minScore, minShared) {
      const o = overlap(a, b);
      return o.score >= minScore && o.shared >= minShared;
    },
  };
}
