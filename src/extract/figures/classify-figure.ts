/**
 * Puts a quantity of a sentence in a figure category, or says it is not a
 * count of people at all.
 */
import type { Category } from "../../schema/entry.ts";
import { isAdditional } from "./additional-deployment.ts";
import type { PeopleKind, Side } from "./category-lexicon.ts";
import { findCue, type Cue } from "./find-cue.ts";
import { findOwner, type Owner } from "./find-owner.ts";
import { formationRole } from "./formation-size.ts";
import type { Quantity } from "./quantity.ts";
import { resolveNoun, type Noun } from "./resolve-noun.ts";
import { quantityIndex, sentenceView, type PreviousCount, type SentenceView } from "./sentence-view.ts";

/** The category of a figure, why, and the words that decided it. */
export interface FigureClass {
  category: Category;
  reason: string;
  /** The phrase from the number to the cue ("sekitar 300 tentara Korea Utara telah tewas"). */
  quote: string;
  /** The kind of people counted and whose they are, for a sentence that points back to it. */
  kind: PeopleKind;
  side: Side | "assumed";
}

/** What the classifier may know beyond the sentence. */
export interface FigureContext {
  /** True when the sentence is a headline: read as one clause. */
  title?: boolean;
  /** The quantities of the sentence, when the caller already has them. */
  quantities?: readonly Quantity[];
  /** What the sentence before said, for words that point back to its count. */
  previous?: PreviousCount | null;
}

function viewWith(sentence: string, q: Quantity, context: FigureContext): { view: SentenceView; qi: number } {
  const previous = context.previous ?? null;
  const view = sentenceView(sentence, context.quantities, previous);
  const qi = quantityIndex(view, q);
  if (qi >= 0) return { view, qi };
  // A quantity the finder did not produce: classify it among the others.
  const others = view.quantities.filter((o) => o.end <= q.index || o.index >= q.end);
  const merged = [...others, q].sort((a, b) => a.index - b.index);
  const again = sentenceView(sentence, merged, previous);
  return { view: again, qi: quantityIndex(again, q) };
}

function quote(view: SentenceView, qi: number, q: Quantity, cue: Cue | null): string {
  if (cue !== null && cue.via === "anchor") {
    // "jumlahnya setidaknya 1.000": the words that point back to the noun.
    const before = view.tokens[(view.spans[qi]?.first ?? 0) - 1];
    return view.sentence.slice(before?.index ?? q.index, q.unitEnd);
  }
  const from = cue === null ? q.index : Math.min(q.index, view.tokens[cue.first]?.index ?? q.index);
  const to = cue === null ? q.unitEnd : Math.max(q.unitEnd, view.tokens[cue.last]?.end ?? q.unitEnd);
  return view.sentence.slice(from, to);
}

function cueWords(view: SentenceView, cue: Cue): string {
  return view.sentence.slice(view.tokens[cue.first]?.index ?? 0, view.tokens[cue.last]?.end ?? 0);
}

function ownerWords(owner: Owner): string {
  return owner.text === null ? owner.how : `"${owner.text}" (${owner.how})`;
}

/** True when one of the three counts before `qi` in the sentence counts troops. */
function troopsBefore(view: SentenceView, qi: number): boolean {
  for (let j = qi - 1; j >= 0 && j >= qi - 3; j--) if (resolveNoun(view, j).kind === "troops") return true;
  return false;
}

function decide(
  view: SentenceView,
  qi: number,
  noun: Noun,
  owner: Owner,
  cue: Cue | null,
): { category: Category; reason: string } {
  const q = view.quantities[qi] as Quantity;
  const counted = `"${q.text}"${noun.word === null ? "" : ` ${noun.word}`}`;
  const said =
    cue === null
      ? "no category word"
      : cue.via === "previous"
        ? `${cue.category} as the count of the sentence before, which its words point back to`
        : `${cue.category} by "${cueWords(view, cue)}"${cue.via === "anchor" ? ` (said of "jumlah ${noun.word ?? ""}")` : ""}`;
  if (noun.kind === "civilians") {
    return { category: "other", reason: `${counted}: civilians (${noun.word ?? "people"}), not troops; ${said}` };
  }
  if (owner.side === "other") {
    return { category: "other", reason: `${counted}: people of the other side, ${ownerWords(owner)}; ${said}` };
  }
  if (noun.kind === "generic" && owner.side === "assumed" && !troopsBefore(view, qi)) {
    return { category: "other", reason: `${counted}: people with no side named; ${said}` };
  }
  const whose =
    owner.side === "assumed" ? "North Korean troops as the article's subject" : `North Korean, ${ownerWords(owner)}`;
  if (noun.kind === "leaders" && (cue === null || DEPLOYMENTS.has(cue.category))) {
    return { category: "other", reason: `${counted}: leaders sent are not the size of a force; ${said}; ${whose}` };
  }
  if (cue === null) {
    // "meminta 20.000 tentara lagi": a force still to come or sent again is additional.
    const span = view.spans[qi];
    const count = span === undefined ? null : { first: span.first, last: span.unitLast };
    if (count !== null && isAdditional(view, count, count, count.first, count.last, false)) {
      return { category: "additional_deployed", reason: `${counted}: ${whose}; no category word, a force to come or sent again` };
    }
    return { category: "deployed", reason: `${counted}: ${whose}; no category word, so the size of the force` };
  }
  return { category: cue.category, reason: `${counted}: ${said}; ${whose}` };
}

const DEPLOYMENTS: ReadonlySet<Category> = new Set(["deployed", "additional_deployed"]);

/** How many words may stand between a count of one and its cue. */
const ONE_REACH = 2;

/** True for a count of one ("satu", "seorang"). */
const one = (q: Quantity): boolean => q.min === 1 && q.max === 1;

/**
 * The category of quantity `q` of `sentence`, or null when `q` does not
 * count people (km², years, percentages, money, days, villages, an unknown
 * noun). "other" is a count of people that are not North Korean troops
 * (Russian or Ukrainian losses, civilians) or that no rule can place.
 * Never throws.
 *
 * @example
 * const s = "sekitar 300 tentara Korea Utara telah tewas dan 2.700 lainnya terluka";
 * findQuantities(s).map((q) => classifyFigure(s, q)?.category);
 * //=> ["killed", "wounded"]
 */
export function classifyFigure(
  sentence: string,
  q: Quantity,
  context: FigureContext = {},
): FigureClass | null {
  if (typeof sentence !== "string" || q === null || typeof q !== "object") return null;
  const { view, qi } = viewWith(sentence, q, context);
  if (qi < 0) return null;
  const noun = resolveNoun(view, qi);
  if (noun.kind === "thing" || noun.kind === "unknown") return null;
  const role = formationRole(view, qi);
  if (role === "formations" || role === "breakdown") return null;
  const owner = findOwner(view, qi, noun);
  const cue = findCue(view, qi, noun, context.title === true);
  // One person is no force ("Jenderal bintang satu itu"), and a count of one
  // far from its cue is the subject of a report ("Seorang anggota parlemen …
  // mengungkapkan bahwa total korban …"): it counts only right by its cue.
  if (one(q) && (cue === null || cue.via !== "near" || cue.distance > ONE_REACH)) return null;
  if (role === "size") {
    const reason = `"${q.text}"${noun.word === null ? "" : ` ${noun.word}`}: the size of each formation, not a count sent or lost`;
    return { category: "other", reason, quote: quote(view, qi, q, null), kind: noun.kind, side: owner.side };
  }
  return { ...decide(view, qi, noun, owner, cue), quote: quote(view, qi, q, cue), kind: noun.kind, side: owner.side };
}
