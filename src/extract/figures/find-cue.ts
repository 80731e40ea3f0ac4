/**
 * Finds the word that puts a count of people in a category: the nearest cue
 * before or after it within its clause ("telah mengirim sekitar 11.000",
 * "300 tentara Korea Utara telah tewas"), with the joined "tewas atau
 * terluka" read as casualties.
 */
import type { Category } from "../../schema/entry.ts";
import { isAdditional } from "./additional-deployment.ts";
import { categoryWords } from "./category-lexicon.ts";
import { pointsBack } from "./previous-count.ts";
import { joined, openedList } from "./join-losses.ts";
import { matchEndingAt, matchStartingAt } from "./tokenize.ts";
import { resolveNoun, type Noun } from "./resolve-noun.ts";
import type { SentenceView } from "./sentence-view.ts";

/** A category cue found near a quantity. */
export interface Cue {
  category: Category;
  /** First and last token of the cue. */
  first: number;
  last: number;
  /** Words between the cue and the count, not counting transparent ones. */
  distance: number;
  /** True for a cue after "yang" ("tentara yang terluka"): it describes the noun. */
  relative: boolean;
  /** Where it was found: near the count, from the "jumlah" noun, in a wider window, or from the count before. */
  via: "near" | "anchor" | "wide" | "previous";
}

/** How many tokens a window reaches from the count. */
const REACH = 12;
/** How many tokens the wider, last-resort window reaches. */
const WIDE_REACH = 20;

function free(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  if (t === undefined) return true;
  if (categoryWords().transparent.has(t.lower)) return true;
  const { sentence, tokens } = view;
  return (
    matchStartingAt(categoryWords().people, sentence, tokens, k) !== null ||
    matchEndingAt(categoryWords().sides, sentence, tokens, k) !== null ||
    matchStartingAt(categoryWords().sides, sentence, tokens, k) !== null
  );
}

interface Window {
  from: number;
  to: number;
  breaks: boolean;
  skipRelative: boolean;
  via: Cue["via"];
}

function relative(view: SentenceView, k: number): boolean {
  const a = view.tokens[k - 1]?.lower;
  const b = view.tokens[k - 2]?.lower;
  return a === "yang" || (b === "yang" && a !== undefined && categoryWords().transparent.has(a));
}

/**
 * The first cue after the count. A cue of a relative clause ("tentara yang
 * dikerahkan …") only describes the noun: the predicate after the clause
 * decides when there is one ("2.000 tentara yang dikerahkan … telah tewas"),
 * sought as far as `far` (null: the relative clause decides).
 */
function scanRight(view: SentenceView, w: Window, far: number | null = w.to): Cue | null {
  let d = 0;
  let described: Cue | null = null;
  for (let k = w.from; k <= (described === null ? w.to : (far ?? -1)) && k < w.from + REACH * 2; k++) {
    if (w.breaks && view.breaks[k]) break;
    const m = matchStartingAt(categoryWords().cues, view.sentence, view.tokens, k);
    if (m !== null && !(w.skipRelative && relative(view, k))) {
      const j = joined(view, m);
      const cue = { category: j.value, first: j.first, last: j.last, distance: d, relative: relative(view, k), via: w.via };
      if (!cue.relative) return cue;
      if (described !== null) return described;
      described = cue;
      k = j.last;
      continue;
    }
    if (!free(view, k)) d++;
  }
  return described;
}

function scanLeft(view: SentenceView, w: Window): Cue | null {
  let d = 0;
  for (let k = w.from; k >= w.to && k > w.from - REACH * 2; k--) {
    if (w.breaks && view.breaks[k + 1]) return null;
    const m = matchEndingAt(categoryWords().cues, view.sentence, view.tokens, k);
    if (m !== null) {
      const j = joined(view, m);
      return { category: j.value, first: j.first, last: j.last, distance: d, relative: false, via: w.via };
    }
    if (!free(view, k)) d++;
  }
  return null;
}

/**
 * The nearer of a cue on the left and one on the right; the right one on a
 * tie, unless it only describes the noun ("menangkap dua tentara yang
 * terluka": captured).
 */
function nearest(left: Cue | null, right: Cue | null): Cue | null {
  if (left === null) return right;
  if (right === null) return left;
  if (right.relative) return left.distance <= right.distance + 1 ? left : right;
  return right.distance <= left.distance ? right : left;
}


/**
 * The cue that categorises quantity `qi` of `view`, or null. `title` reads
 * a headline as one clause.
 *
 * @example
 * const v = sentenceView("sekitar 30 tentara Korea Utara tewas atau terluka");
 * findCue(v, 0, resolveNoun(v, 0), false)?.category;
 * //=> "casualties"
 */
export function findCue(view: SentenceView, qi: number, noun: Noun, title: boolean, depth = 0): Cue | null {
  const span = view.spans[qi];
  if (span === undefined) return null;
  const n = view.tokens.length;
  const prevEnd = qi > 0 ? (view.spans[qi - 1]?.unitLast ?? -1) : -1;
  const partitive = noun.via === "partitive" && noun.antecedent !== null;
  const wholeSpan = partitive ? view.spans[noun.antecedent as number] : undefined;
  const rightFrom = wholeSpan !== undefined ? wholeSpan.unitLast + 1 : span.last + 1;
  const rightTo = (view.spans[wholeSpan !== undefined ? qi + 2 : qi + 1]?.first ?? n) - 1;
  const leftTo = Math.max(prevEnd + 1, span.first - REACH);
  const breaks = !title;
  // The whole of "1.000 dari 11.000 tentara yang dikirim … telah tewas": the
  // predicate is the part's, the relative clause the whole's.
  const part = matchEndingAt(categoryWords().partitive, view.sentence, view.tokens, span.first - 1);
  const whole = part !== null && qi > 0 && view.spans[qi - 1]?.unitLast === part.first - 1;
  const nearTo = Math.min(rightTo, rightFrom + REACH);

  let cue = nearest(
    scanLeft(view, { from: span.first - 1, to: leftTo, breaks, skipRelative: false, via: "near" }),
    scanRight(
      view,
      { from: rightFrom, to: nearTo, breaks, skipRelative: partitive, via: "near" },
      whole ? null : Math.min(rightTo, rightFrom + WIDE_REACH),
    ),
  );
  if (cue === null && noun.anchor !== null) {
    const to = Math.min(span.first - 1, noun.anchor + 8);
    cue = scanRight(view, { from: noun.anchor + 1, to, breaks: false, skipRelative: false, via: "anchor" });
  }
  if (cue === null) {
    const leftWide = Math.max(prevEnd + 1, span.first - WIDE_REACH);
    const rightWide = Math.min(rightTo, rightFrom + WIDE_REACH);
    cue = nearest(
      scanLeft(view, { from: span.first - 1, to: leftWide, breaks: false, skipRelative: false, via: "wide" }),
      scanRight(view, { from: rightFrom, to: rightWide, breaks: false, skipRelative: partitive, via: "wide" }),
    );
  }
  // "mengirim 6.000 insinyur dan 1.000 penjinak ranjau": a count joined to
  // the one before shares its verb.
  const joiner = view.tokens[span.first - 1];
  if (cue === null && depth < 3 && qi > 0 && joiner !== undefined && categoryWords().joiners.has(joiner.lower)) {
    const before = view.spans[qi - 1];
    if (before !== undefined && before.unitLast >= span.first - 3) {
      cue = findCue(view, qi - 1, resolveNoun(view, qi - 1), title, depth + 1);
    }
  }
  // "kehilangan 4.000 tentara, baik tewas maupun terluka": the list says what the count is.
  const list = openedList(view, span.unitLast + 1);
  if (list !== null) cue = { category: list.value, first: list.first, last: list.last, distance: 0, relative: false, via: "near" };
  const pointer = pointsBack(view, qi);
  const before = view.previous?.count ?? null;
  // "angka itu kini meningkat hingga 2.000 tentara": the category of the count pointed back to.
  if (cue === null && pointer !== null && before !== null) {
    return { category: before.category, first: span.first, last: span.last, distance: 0, relative: false, via: "previous" };
  }
  if (cue !== null && cue.category === "deployed") {
    // "Dari jumlah tersebut, 1.000 personel sudah tiba": a part of an additional deployment.
    const partOfAdditional = pointer === "partitive" && before?.category === "additional_deployed";
    if (partOfAdditional || isAdditional(view, cue, { first: span.first, last: span.unitLast }, prevEnd + 1, rightTo, title)) {
      cue = { ...cue, category: "additional_deployed" };
    }
  }
  return cue;
}
