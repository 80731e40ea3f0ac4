/**
 * The count a sentence may point back to: the last count of people of the
 * sentence before it ("… 4.000 tentara Korea Utara telah terluka atau
 * terbunuh. NIS memperkirakan jumlahnya 3.000."), and the words that point
 * back to it ("jumlahnya", "angka itu", "Dari jumlah tersebut", "Ini
 * termasuk …").
 */
import type { Category } from "../../schema/entry.ts";
import { categoryWords, type PeopleKind, type Side } from "./category-lexicon.ts";
import { sentenceSides } from "./sentence-sides.ts";
import type { Quantity } from "./quantity.ts";
import { sentenceView, type PreviousCount, type SentenceView } from "./sentence-view.ts";

/** How a sentence points back: to the count itself, to a part of it, or to what it includes. */
export type Pointer = "amount" | "partitive" | "includes";

/** How far before the number a pointer may stand, in tokens. */
const REACH = 14;

function lower(view: SentenceView, k: number): string {
  return view.tokens[k]?.lower ?? "";
}

/** True when an amount word with an amount noun of its own stands before token `k` ("jumlah tentara"). */
function ownAmount(view: SentenceView, k: number): boolean {
  for (let j = 0; j < k; j++) {
    if (categoryWords().amount.has(lower(view, j)) && !categoryWords().demonstratives.has(lower(view, j + 1))) {
      if (!categoryWords().previousNya.has(lower(view, j))) return true;
    }
  }
  return false;
}

/**
 * How the words before quantity `qi` point back to the count of the sentence
 * before, or null when they do not: "jumlah tersebut" or "angka itu"
 * (amount), "dari jumlah tersebut" (partitive), "jumlahnya" with no amount of
 * its own earlier in the sentence (amount), the count's own noun with a
 * demonstrative ("4000 tentara itu", amount), or a sentence that opens with
 * a demonstrative and a verb of inclusion (includes).
 *
 * @example
 * const v = sentenceView("Dari jumlah tersebut, sekitar 1.000 personel sudah tiba.");
 * pointsBack(v, 0) //=> "partitive"
 */
export function pointsBack(view: SentenceView, qi: number): Pointer | null {
  const span = view.spans[qi];
  if (span === undefined) return null;
  const words = categoryWords();
  for (let k = span.first - 1; k >= 0 && k >= span.first - REACH; k--) {
    const w = lower(view, k);
    const pointed =
      (words.previous.has(w) && words.demonstratives.has(lower(view, k + 1))) ||
      (words.previousNya.has(w) && !ownAmount(view, k));
    if (pointed) return isPartitive(view, k) ? "partitive" : "amount";
  }
  // "diantara 4000 tentara itu": the noun of the count with a demonstrative.
  if (span.unitLast > span.last && words.demonstratives.has(lower(view, span.unitLast + 1))) return "amount";
  // "Ini termasuk 300 kematian …": the opening demonstrative and an inclusion verb.
  if (words.demonstratives.has(lower(view, 0)) && words.includes.has(lower(view, 1)) && span.first >= 2) return "includes";
  return null;
}

function isPartitive(view: SentenceView, k: number): boolean {
  const before = lower(view, k - 1);
  return before === "dari" || before === "antara";
}

/**
 * True when `sentence` names North Korea. `quantities` and `previous`, when
 * the caller classified the sentence with them, find its cached view.
 *
 * @example
 * namesNorthKorea("Korea Utara.") //=> true
 */
export function namesNorthKorea(sentence: string, quantities?: readonly Quantity[], previous: PreviousCount | null = null): boolean {
  return sentenceSides(sentenceView(sentence, quantities, previous)).northKorea !== null;
}
