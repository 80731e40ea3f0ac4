/**
 * Tells a deployment that adds to the troops already sent from the first
 * one: an `additional` word near the cue or the number ("mengirim tambahan
 * 1.000 tentara", "1.500 tentara tambahan"), a deployment still to come
 * ("akan mengirim 1.000 penjinak ranjau", "berencana mengirim"), or one said
 * again ("Bantu Rusia Lagi, Kirim 6 Ribu Tentara"), but not "tidak lagi".
 */
import { categoryWords } from "./category-lexicon.ts";
import { matchStartingAt } from "./tokenize.ts";
import type { SentenceView } from "./sentence-view.ts";

function additionalNear(view: SentenceView, at: number, lo: number, hi: number): boolean {
  for (let k = Math.max(lo, at - 3); k <= Math.min(hi, at + 3); k++) {
    if (matchStartingAt(categoryWords().additional, view.sentence, view.tokens, k) !== null) return true;
  }
  return false;
}

/** A future or intent word within three words before the cue, in its clause ("akan mengirim"). */
function futureBefore(view: SentenceView, first: number, title: boolean): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    if (!title && view.breaks[k + 1]) return false;
    if (categoryWords().future.has(view.tokens[k]?.lower ?? "")) return true;
  }
  return false;
}

/** "lagi" within two words of the cue or the count, not after a negation ("tidak lagi"). */
function againNear(view: SentenceView, first: number, last: number): boolean {
  for (let k = first - 2; k <= last + 2; k++) {
    if (k >= first && k <= last) continue;
    if (!categoryWords().again.has(view.tokens[k]?.lower ?? "")) continue;
    if (!categoryWords().againNegations.has(view.tokens[k - 1]?.lower ?? "")) return true;
  }
  return false;
}

/**
 * True when the deployment cue at tokens [first, last] adds troops to the
 * count at tokens [first, last] of `count` (its number to its noun): see the
 * module comment. `lo` and `hi` bound the tokens that belong to the count.
 *
 * @example
 * const v = sentenceView("Korea Utara akan mengirim 1.000 penjinak ranjau ke Kursk.");
 * isAdditional(v, { first: 3, last: 3 }, { first: 4, last: 5 }, 0, 9, false) //=> true
 */
export function isAdditional(
  view: SentenceView,
  cue: { first: number; last: number },
  count: { first: number; last: number },
  lo: number,
  hi: number,
  title: boolean,
): boolean {
  return (
    additionalNear(view, cue.first, lo, hi) ||
    additionalNear(view, count.first, lo, hi) ||
    futureBefore(view, cue.first, title) ||
    againNear(view, cue.first, cue.last) ||
    againNear(view, count.first, count.last)
  );
}
