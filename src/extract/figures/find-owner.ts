/**
 * Decides whose people a count is: North Korea's or another side's
 * (Russia's, Ukraine's). In order: a side named right after the noun
 * ("tentara Korea Utara", "tentaranya" after "Korea Utara mengerahkan"), a
 * side linked to the number from before ("korban di pihak Korea Utara
 * mencapai 4.000", "korban militer Ukraina sebanyak 45.100"), the count the
 * number refers to, North Korea named anywhere in the sentence, another side
 * owning people in the sentence ("Militer Rusia ... 5.937 tentara"), for a
 * count with no noun of its own or words that point back, North Korea named
 * in the sentence before or the side of its count ("Korea Utara. Lihat saja
 * contoh ini, 12.000 telah tiba."), and last the article's subject (North
 * Korea, assumed).
 */
import { categoryWords, type Side } from "./category-lexicon.ts";
import { matchEndingAt, matchStartingAt, type PhraseMatch } from "./tokenize.ts";
import { pointsBack } from "./previous-count.ts";
import { linkedSide, sentenceSides } from "./sentence-sides.ts";
import { resolveNoun, type Noun } from "./resolve-noun.ts";
import type { SentenceView } from "./sentence-view.ts";

/** Whose people a count is, the words that say so, and which rule said it. */
export interface Owner {
  side: Side | "assumed";
  text: string | null;
  how: string;
}

/** How far back "tentaranya" may find its owner. */
const POSSESSOR_REACH = 20;

function words(view: SentenceView, first: number, last: number): string {
  return view.sentence.slice(view.tokens[first]?.index ?? 0, view.tokens[last]?.end ?? 0);
}

function sideAfter(view: SentenceView, k: number): PhraseMatch<Side> | null {
  let j = k;
  while (j < k + 2 && categoryWords().linkFillers.has(view.tokens[j]?.lower ?? "")) j++;
  if (view.breaks[k] || view.breaks[j]) return null;
  return matchStartingAt(categoryWords().sides, view.sentence, view.tokens, j);
}

function ownPhrase(view: SentenceView, qi: number, noun: Noun): Owner | null {
  const span = view.spans[qi];
  const q = view.quantities[qi];
  if (span === undefined || q === undefined || noun.via !== "unit") return null;
  const m = sideAfter(view, span.unitLast + 1);
  if (m !== null) return { side: m.value, text: words(view, span.last + 1, m.last), how: "named after the noun" };
  if (q.unit === null || !q.unit.endsWith("nya")) return null;
  // "Korea Utara mengerahkan lebih dari 10.000 tentaranya": the possessor.
  for (let k = span.first - 1; k >= 0 && k >= span.first - POSSESSOR_REACH; k--) {
    const p = matchEndingAt(categoryWords().sides, view.sentence, view.tokens, k);
    if (p === null) continue;
    if (categoryWords().notOwnerAfter.has(view.tokens[p.first - 1]?.lower ?? "")) continue;
    return { side: p.value, text: `${words(view, p.first, p.last)} … ${q.unit}`, how: "the owner of the possessive noun" };
  }
  return null;
}

function linkedBefore(view: SentenceView, qi: number): Owner | null {
  const span = view.spans[qi];
  if (span === undefined) return null;
  let k = span.first - 1;
  while (k > span.first - 4 && categoryWords().transparent.has(view.tokens[k]?.lower ?? "")) k--;
  const m = matchEndingAt(categoryWords().sides, view.sentence, view.tokens, k);
  if (m === null) return null;
  const link = linkedSide(view, m);
  return link === null ? null : { side: m.value, text: words(view, link.first, m.last), how: "linked to the number" };
}

/**
 * Whose people quantity `qi` of `view` counts.
 *
 * @example
 * const v = sentenceView("Zelensky menyebutkan korban militer Ukraina sebanyak 45.100");
 * findOwner(v, 0, resolveNoun(v, 0));
 * //=> { side: "other", text: "militer Ukraina", how: "linked to the number" }
 */
export function findOwner(view: SentenceView, qi: number, noun: Noun, depth = 0): Owner {
  const own = ownPhrase(view, qi, noun) ?? linkedBefore(view, qi);
  if (own !== null) return own;
  if (noun.antecedent !== null && depth < 2) {
    const a = findOwner(view, noun.antecedent, resolveNoun(view, noun.antecedent), depth + 1);
    if (a.side !== "assumed") return { ...a, how: `${a.how}, of the count it refers to` };
  }
  const sides = sentenceSides(view);
  if (sides.northKorea !== null) {
    const text = words(view, sides.northKorea.first, sides.northKorea.last);
    return { side: "north_korea", text, how: "named in the sentence" };
  }
  if (sides.otherOwner !== null) {
    const { link, side } = sides.otherOwner;
    return { side: side.value, text: words(view, link.first, side.last), how: "the side owning people in the sentence" };
  }
  // A count with no noun of its own ("12.000 telah tiba", "300 kematian",
  // "jumlah korban jiwa … sekitar 2.000"), or with words that point back,
  // goes on with the sentence before; "64 orang tewas" does not.
  const previous = view.previous;
  const goesOn = noun.via === "cue" || noun.via === "amount" || noun.via === "previous" || pointsBack(view, qi) !== null;
  if (goesOn && previous?.northKorea) return { side: "north_korea", text: null, how: "named in the sentence before" };
  const before = previous?.count?.side;
  if (goesOn && before !== undefined && before !== "assumed") return { side: before, text: null, how: "the side of the count of the sentence before" };
  return { side: "assumed", text: null, how: "no side named; the article's subject" };
}
