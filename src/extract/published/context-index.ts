/**
 * The sentences of the dated articles by their words, so that an undated
 * article's sentence is compared only with the sentences sharing words with
 * it. Whether two sentences tell the same thing depends on the two sentences
 * and on which words are too common to tell anything (the index's common
 * words), nothing else: that is what lets a rebuild keep a context-dated
 * result when the dated articles added since tell none of its sentences.
 */
import type { Mention } from "../../schema/entry.ts";
import { contentWords, overlap } from "./content-words.ts";
import type { ContextEntry } from "./narrow-with-context.ts";

/** Two sentences tell the same thing when they share this much. */
const MIN_SCORE = 0.34;
const MIN_SHARED = 3;
/** A word in more sentences than this tells nothing about which report a sentence tells. */
const MAX_POSTINGS = 400;

export interface ContextIndex {
  sentences: { entry: ContextEntry; words: Set<string>; mentions: Mention[] }[];
  postings: Map<string, number[]>;
}

const indexes = new WeakMap<object, ContextIndex>();

/**
 * The index of `context` (built once per context array). Estimated entries
 * are left out: an estimate never dates another estimate.
 *
 * @example
 * contextIndex(context).sentences.length //=> 74 (every sentence of the dated seeds)
 */
export function contextIndex(context: readonly ContextEntry[]): ContextIndex {
  let index = indexes.get(context);
  if (index) return index;
  const built: ContextIndex = { sentences: [], postings: new Map() };
  for (const entry of context) {
    if (entry.published.estimated) continue;
    const bySentence = new Map<number, Mention[]>();
    for (const m of entry.mentions) if (m.sentence !== null) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
    entry.sentences.forEach((s, i) => {
      const id = built.sentences.length;
      const words = contentWords(s.text);
      built.sentences.push({ entry, words, mentions: bySentence.get(i) ?? [] });
      for (const w of words) {
        const list = built.postings.get(w);
        if (list) list.push(id);
        else built.postings.set(w, [id]);
      }
    });
  }
  indexes.set(context, built);
  return built;
}

/**
 * The words of the index too common to tell which report a sentence tells,
 * sorted.
 *
 * @example
 * commonWords(contextIndex(context)) //=> [] (no word is in more than 400 sentences of the seeds)
 */
export function commonWords(index: ContextIndex): string[] {
  return [...index.postings].filter(([, list]) => list.length > MAX_POSTINGS).map(([w]) => w).sort();
}

/** Whether an overlap is enough for two sentences to tell the same thing. */
const tellsSame = (o: { score: number; shared: number }): boolean => o.score >= MIN_SCORE && o.shared >= MIN_SHARED;

/** Whether two sentences' words tell the same thing, `common` words not counting towards the words shared. */
function alike(a: Set<string>, b: Set<string>, common: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w) && !common.has(w)) shared++;
  return shared >= MIN_SHARED && tellsSame(overlap(a, b));
}

/**
 * Context sentences that tell the same thing as `words`, with their overlap
 * score, in context order.
 *
 * @example
 * alikeSentences(index, contentWords("Korea Utara mengirim 3.000 tentara tambahan ke Rusia")) //=> [{ id: 12, score: 0.5 }]
 */
export function alikeSentences(index: ContextIndex, words: Set<string>): { id: number; score: number }[] {
  const counts = new Map<number, number>();
  for (const w of words) {
    const list = index.postings.get(w);
    if (!list || list.length > MAX_POSTINGS) continue;
    for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const out: { id: number; score: number }[] = [];
  for (const [id, n] of counts) {
    if (n < MIN_SHARED) continue;
    const o = overlap(words, index.sentences[id]!.words);
    if (tellsSame(o)) out.push({ id, score: o.score });
  }
  return out.sort((x, y) => x.id - y.id);
}

/**
 * A test of whether any of some texts tells the same thing as any sentence of
 * `entries`, with `common` as the index's common words: if none does, adding
 * `entries` to a context cannot change a date narrowed from it. The words of
 * `entries` are worked out once, however many texts are tested.
 *
 * @example
 * const tellsAny = sameStoryTest([entry001], new Set());
 * tellsAny(["Korea Utara mengirim 3.000 tentara tambahan ke Rusia."]) //=> true
 */
export function sameStoryTest(entries: readonly ContextEntry[], common: ReadonlySet<string>): (texts: readonly string[]) => boolean {
  const theirs = entries.filter((e) => !e.published.estimated).flatMap((e) => e.sentences.map((s) => contentWords(s.text)));
  if (theirs.length === 0) return () => false;
  return (texts) =>
    texts.some((text) => {
      const words = contentWords(text);
      return theirs.some((other) => alike(words, other, common));
    });
}
