/**
 * The sides a sentence names as owners of people: North Korea anywhere in
 * it, and another side after a link word ("militer Rusia", "pihak
 * Ukraina") that owns people there.
 */
import { categoryWords, type Side } from "./category-lexicon.ts";
import { matchEndingAt, matchStartingAt, type PhraseMatch } from "./tokenize.ts";
import type { SentenceView } from "./sentence-view.ts";

/** A side after a link word ("militer Rusia", "pihak Korea Utara"), not after "membantu". */
export function linkedSide(view: SentenceView, m: PhraseMatch<Side>): PhraseMatch<true> | null {
  let j = m.first - 1;
  while (j > m.first - 3 && categoryWords().linkFillers.has(view.tokens[j]?.lower ?? "")) j--;
  const link = matchEndingAt(categoryWords().links, view.sentence, view.tokens, j);
  if (link === null) return null;
  return categoryWords().notOwnerAfter.has(view.tokens[link.first - 1]?.lower ?? "") ? null : link;
}

export interface SentenceSides {
  northKorea: PhraseMatch<Side> | null;
  otherOwner: { link: PhraseMatch<true>; side: PhraseMatch<Side> } | null;
}

const sidesCache = new WeakMap<SentenceView, SentenceSides>();

/**
 * North Korea named in the sentence, and another side owning people in it.
 *
 * @example
 * sentenceSides(sentenceView("Militer Rusia kehilangan 5.937 tentara")).otherOwner?.side.value //=> "other"
 */
export function sentenceSides(view: SentenceView): SentenceSides {
  const hit = sidesCache.get(view);
  if (hit !== undefined) return hit;
  const found: SentenceSides = { northKorea: null, otherOwner: null };
  for (let k = 0; k < view.tokens.length; k++) {
    const m = matchStartingAt(categoryWords().sides, view.sentence, view.tokens, k);
    if (m === null) continue;
    if (m.value === "north_korea") found.northKorea ??= m;
    else if (found.otherOwner === null) {
      const link = linkedSide(view, m);
      if (link !== null) found.otherOwner = { link, side: m };
    }
    k = m.last;
  }
  sidesCache.set(view, found);
  return found;
}
