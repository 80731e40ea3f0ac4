/**
 * Whether two sentences tell the same report: they share enough content
 * words (`contentWords`), counted over the smaller sentence. Across a
 * corpus, words in a large share of all sentences ("Korea", "Utara",
 * "tentara" in a digest about North Korean troops) say nothing about which
 * report a sentence tells and can be left out first (`storyWords`).
 */
import { contentWords } from "./content-words.ts";

/** How much two sentences must share: a share of the smaller one's words, and a count. */
export interface Likeness {
  minScore: number;
  minShared: number;
}

/**
 * Shared words over the smaller set's size (0–1), and how many are shared.
 *
 * @example
 * overlap(contentWords("Ukraina merebut wilayah di perbatasan Kursk, Rusia, pada Agustus lalu"),
 *         contentWords("Pada bulan Agustus lalu, Ukraina membuat serangan kilat ke wilayah Rusia Kursk"))
 * //=> { score: 0.8, shared: 4 }
 */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { score: number; shared: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const least = Math.min(a.size, b.size);
  return { score: least === 0 ? 0 : shared / least, shared };
}

/**
 * True when two word sets share at least `minShared` words and `minScore` of the smaller.
 *
 * @example
 * tellsSame(contentWords("NIS memperkirakan 300 tewas pada Januari"), contentWords("Pada Januari, NIS memperkirakan 300 tewas"), { minScore: 0.6, minShared: 2 }) //=> true
 */
export function tellsSame(a: ReadonlySet<string>, b: ReadonlySet<string>, likeness: Likeness): boolean {
  const o = overlap(a, b);
  return o.score >= likeness.minScore && o.shared >= likeness.minShared;
}

/**
 * The content words of a sentence without the words common in `sentences`:
 * a word in more than `commonShare` of them is common.
 *
 * @example
 * const words = storyWords(allSentences);
 * words("Pada Januari, NIS memperkirakan 300 tewas") //=> Set { "januari", "memperkirakan"… } without "tentara", "korea" …
 */
export function storyWords(sentences: readonly string[], commonShare = 0.15): (sentence: string) => Set<string> {
  // Each sentence's content words are worked out once: the same sentences are asked for again.
  const seen = new Map<string, Set<string>>();
  const wordsOf = (sentence: string): Set<string> => {
    let words = seen.get(sentence);
    if (!words) seen.set(sentence, (words = contentWords(sentence)));
    return words;
  };
  const df = new Map<string, number>();
  for (const s of sentences) for (const w of wordsOf(s)) df.set(w, (df.get(w) ?? 0) + 1);
  const limit = Math.max(2, sentences.length * commonShare);
  const common = new Set([...df].filter(([, n]) => n > limit).map(([w]) => w));
  return (sentence) => {
    const out = new Set<string>();
    for (const w of wordsOf(sentence)) if (!common.has(w)) out.add(w);
    return out;
  };
}
