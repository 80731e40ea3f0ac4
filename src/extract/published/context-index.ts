/**
 * The sentences of the dated articles by their words, so that an undated
 * article's sentence is compared only with the sentences sharing words with
 * it. A word in more than MAX_POSTINGS sentences tells nothing about which
 * report a sentence tells and finds no candidates.
 */
import type { Mention } from "../../schema/entry.ts";
import { contentWords } from "../../text/content-words.ts";
import { overlap, tellsSame } from "../../text/same-story.ts";
import { WordIndex } from "../../text/word-index.ts";
import { datesOthers, type ContextEntry } from "./context-entry.ts";

/** Two sentences tell the same thing when they share this much. */
const SAME = { minScore: 0.34, minShared: 3 };
/** A word in more sentences than this tells nothing about which report a sentence tells. */
const MAX_POSTINGS = 400;

export interface ContextIndex {
  /** How many dated articles it holds. */
  dated: number;
  /** The first day of the newest dated article, or null when none. */
  newest: string | null;
  sentences: { entry: ContextEntry; words: Set<string>; mentions: Mention[] }[];
  /** Sentence ids by their words. */
  words: WordIndex<number>;
}

/**
 * The index of `context`, built once per build and handed to every article
 * it dates. Entries that may not date others (`datesOthers`) are left out:
 * an estimate never dates another estimate.
 *
 * @example
 * contextIndex(context).sentences.length //=> 74 (every sentence of the dated seeds)
 */
export function contextIndex(context: readonly ContextEntry[]): ContextIndex {
  const built: ContextIndex = { dated: 0, newest: null, sentences: [], words: new WordIndex(MAX_POSTINGS) };
  for (const entry of context) {
    if (!datesOthers(entry.published)) continue;
    built.dated++;
    if (built.newest === null || entry.published.start > built.newest) built.newest = entry.published.start;
    const bySentence = new Map<number, Mention[]>();
    for (const m of entry.mentions) if (m.sentence !== null) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
    entry.sentences.forEach((s, i) => {
      const id = built.sentences.length;
      const words = contentWords(s.text);
      built.sentences.push({ entry, words, mentions: bySentence.get(i) ?? [] });
      built.words.add(id, words);
    });
  }
  return built;
}

/**
 * Context sentences that tell the same thing as `words`, with their overlap
 * score, in context order.
 *
 * @example
 * alikeSentences(index, contentWords("Korea Utara mengirim 3.000 tentara tambahan ke Rusia")) //=> [{ id: 12, score: 0.5 }]
 */
export function alikeSentences(index: ContextIndex, words: Set<string>): { id: number; score: number }[] {
  const out: { id: number; score: number }[] = [];
  for (const [id, n] of index.words.shared(words)) {
    if (n < SAME.minShared) continue;
    const theirs = index.sentences[id]!.words;
    if (tellsSame(words, theirs, SAME)) out.push({ id, score: overlap(words, theirs).score });
  }
  return out.sort((x, y) => x.id - y.id);
}
