/**
 * Finds the noun a quantity counts, and so whether it counts people: its own
 * unit ("300 tentara"), the noun of another count it refers to ("2.700
 * lainnya", "600 yang ...", "1.000 dari 11.000 tentara"), the noun of an
 * earlier "jumlah ..." ("jumlahnya setidaknya 1.000", "jumlah pasukan …
 * meningkat menjadi 10.000"), a people noun just before it across a link
 * word ("korban militer Ukraina sebanyak 45.100"), or the count of the
 * sentence before that its words point back to ("jumlahnya 3.000").
 */
import { categoryWords, type PeopleKind } from "./category-lexicon.ts";
import { pointsBack } from "./previous-count.ts";
import { matchEndingAt, matchStartingAt } from "./tokenize.ts";
import type { SentenceView } from "./sentence-view.ts";

/** The noun of a quantity and how it was found. */
export interface Noun {
  /** People of some kind, a thing (km², days, villages, money), or not known. */
  kind: PeopleKind | "thing" | "unknown";
  word: string | null;
  via: "unit" | "cue" | "partitive" | "antecedent" | "amount" | "before" | "previous" | "none";
  /** Index of the quantity whose noun was borrowed, or null. */
  antecedent: number | null;
  /** Token of the noun borrowed from "jumlah <noun>", or null. */
  anchor: number | null;
}

const NONE: Noun = { kind: "unknown", word: null, via: "none", antecedent: null, anchor: null };
/** How far back "jumlahnya" may find its "jumlah <noun>". */
const AMOUNT_REACH = 40;
/** How far back a people noun may stand before a bare number. */
const BEFORE_REACH = 6;

function skipTransparent(view: SentenceView, k: number, limit: number): number {
  let j = k;
  while (j < limit && categoryWords().transparent.has(view.tokens[j]?.lower ?? "")) j++;
  return j;
}

function ownUnit(view: SentenceView, qi: number): Noun | null {
  const q = view.quantities[qi];
  const span = view.spans[qi];
  if (q === undefined || span === undefined || q.unit === null) return null;
  const base = { word: q.unit, antecedent: null, anchor: null };
  const people = matchStartingAt(categoryWords().people, view.sentence, view.tokens, span.last + 1);
  if (people !== null && span.unitLast >= span.last + 1) return { ...base, kind: people.value, via: "unit" };
  if (categoryWords().things.has(q.unit)) return { ...base, kind: "thing", via: "unit" };
  // "300 tewas", "4.000 menjadi korban": no noun, but only people die.
  const cueAt = categoryWords().link.has(q.unit) ? span.last + 2 : span.last + 1;
  if (matchStartingAt(categoryWords().cues, view.sentence, view.tokens, cueAt) !== null) {
    return { ...base, word: cueAt === span.last + 1 ? q.unit : null, kind: "generic", via: "cue" };
  }
  return { ...base, kind: "thing", via: "unit" };
}

function borrowed(view: SentenceView, from: number, via: Noun["via"], depth: number): Noun | null {
  const noun = resolveNoun(view, from, depth + 1);
  if (noun.kind === "unknown" || noun.kind === "thing") return null;
  return { ...noun, via, antecedent: from, anchor: null };
}

function fromAnaphora(view: SentenceView, qi: number, depth: number): Noun | null {
  const span = view.spans[qi];
  if (span === undefined) return null;
  const { sentence, tokens } = view;
  const part = matchStartingAt(categoryWords().partitive, sentence, tokens, span.last + 1);
  const whole = view.spans[qi + 1];
  if (part !== null && whole !== undefined && whole.first === part.last + 1) {
    return borrowed(view, qi + 1, "partitive", depth);
  }
  const after = matchStartingAt(categoryWords().anaphoraAfter, sentence, tokens, span.last + 1);
  const before = tokens[span.first - 1];
  const refers = after !== null || (before !== undefined && categoryWords().anaphoraBefore.has(before.lower));
  if (!refers) return null;
  for (let j = qi - 1; j >= 0 && j >= qi - 3; j--) {
    const noun = borrowed(view, j, "antecedent", depth);
    if (noun !== null) return noun;
  }
  // "Sekitar 300 di antaranya tewas" opening its own clause: a part of the count of the sentence before.
  const count = view.previous?.count;
  if (after === null || qi > 0 || count === null || count === undefined) return null;
  return { kind: count.kind, word: null, via: "previous", antecedent: null, anchor: null };
}

/** True when the unit of quantity `qi` is a time noun that says when ("bulan lalu"). */
function timeReference(view: SentenceView, qi: number): boolean {
  const span = view.spans[qi];
  const { nouns, after } = categoryWords().timeReference;
  return span !== undefined && nouns.has(view.tokens[span.last + 1]?.lower ?? "") && after.has(view.tokens[span.last + 2]?.lower ?? "");
}

/** True when quantity `qi` is a bare number: no noun of its own after it. */
function bare(view: SentenceView, qi: number): boolean {
  return view.quantities[qi]?.unit === null;
}

/**
 * "jumlahnya setidaknya 1.000" after "jumlah tentara tambahan", or a bare
 * number that is the value of an amount earlier in its clause ("jumlah
 * pasukan … meningkat menjadi 10.000").
 */
function fromAmount(view: SentenceView, qi: number): Noun | null {
  const span = view.spans[qi];
  const before = span === undefined ? undefined : view.tokens[span.first - 1];
  if (span === undefined || before === undefined) return null;
  const pointer = categoryWords().amount.has(before.lower);
  if (!pointer && !bare(view, qi)) return null;
  // A bare number takes only an amount of its own clause, after the count before it.
  const floor = Math.max(0, span.first - AMOUNT_REACH, pointer ? 0 : (view.spans[qi - 1]?.unitLast ?? -1) + 1);
  for (let j = span.first - (pointer ? 2 : 1); j >= floor; j--) {
    if (!pointer && view.breaks[j + 1]) return null;
    if (!categoryWords().amount.has(view.tokens[j]?.lower ?? "")) continue;
    const people = matchStartingAt(categoryWords().people, view.sentence, view.tokens, j + 1);
    if (people !== null) {
      return { kind: people.value, word: people.words.join(" "), via: "amount", antecedent: null, anchor: people.last };
    }
  }
  return null;
}

/** A people noun a few words before a bare number, across a link word or with a bound ("sebanyak 45.100"). */
function fromBefore(view: SentenceView, qi: number): Noun | null {
  const span = view.spans[qi];
  if (span === undefined) return null;
  const linked = view.quantities[qi]?.bound !== null || categoryWords().link.has(view.tokens[span.first - 1]?.lower ?? "");
  if (!linked) return null;
  const stop = Math.max(0, span.first - BEFORE_REACH);
  for (let k = span.first - 1; k >= stop; k--) {
    const people = matchEndingAt(categoryWords().people, view.sentence, view.tokens, k);
    if (people !== null) {
      return { kind: people.value, word: people.words.join(" "), via: "before", antecedent: null, anchor: null };
    }
    if (categoryWords().things.has(view.tokens[k]?.lower ?? "") || view.breaks[k]) return null;
  }
  return null;
}

/**
 * The noun quantity `qi` of `view` counts. `depth` guards the borrowing of
 * nouns between quantities.
 *
 * @example
 * const v = sentenceView("300 tentara tewas dan 2.700 lainnya terluka");
 * resolveNoun(v, 1);
 * //=> { kind: "troops", word: "tentara", via: "antecedent", antecedent: 0, anchor: null }
 */
export function resolveNoun(view: SentenceView, qi: number, depth = 0): Noun {
  if (depth > 2) return NONE;
  const own = ownUnit(view, qi);
  // "mencapai 48.240 bulan lalu": the time noun says when; the number counts what is linked before it.
  if (own !== null && own.kind === "thing" && timeReference(view, qi)) return fromBefore(view, qi) ?? own;
  if (own !== null && own.via !== "cue") return own;
  const span = view.spans[qi];
  if (span === undefined) return NONE;
  // "dan 2.700 terluka" borrows the noun of the count before it.
  const linked = fromAnaphora(view, qi, depth) ?? own ?? fromAmount(view, qi);
  if (linked !== null) return linked;
  // "1.000 telah tewas": a cue right after the number.
  const k = skipTransparent(view, span.last + 1, span.last + 4);
  if (matchStartingAt(categoryWords().cues, view.sentence, view.tokens, k) !== null && !view.breaks[span.last + 1]) {
    return { kind: "generic", word: null, via: "cue", antecedent: null, anchor: null };
  }
  return fromBefore(view, qi) ?? fromPrevious(view, qi) ?? NONE;
}

/** A bare number whose words point back to the count of the sentence before ("NIS memperkirakan jumlahnya 3.000"). */
function fromPrevious(view: SentenceView, qi: number): Noun | null {
  const count = view.previous?.count;
  if (count === null || count === undefined || !bare(view, qi) || pointsBack(view, qi) === null) return null;
  return { kind: count.kind, word: null, via: "previous", antecedent: null, anchor: null };
}
