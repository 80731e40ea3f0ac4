/**
 * A quantity found in a sentence: the number as written with its bound,
 * the range it stands for, and the noun it counts.
 */
import type { BoundKind } from "./quantity-lexicon.ts";

export type { BoundKind };

/**
 * One quantity of a sentence.
 *
 * `min`/`max` follow the bound:
 * - no bound, "sebanyak": min = max = n
 * - lower ("lebih dari", "setidaknya", "sedikitnya", "tak kurang dari",
 *   "di atas", "1.000 lebih"): min = n, max = null
 * - upper ("hampir", "kurang dari", "tak lebih dari", "hingga" alone):
 *   min = null, max = n
 * - approximate ("sekitar", "kira-kira", an "-an" scale as in "400 ribuan"):
 *   min = max = n, `approximate` true
 * - reached ("mencapai"): min = max = n
 * - a range ("1.000 hingga 3.000"): min and max are its ends
 * - a magnitude word ("ratusan"): the range it stands for, `vague` true
 */
export interface Quantity {
  /** The exact words of the number with its bound ("lebih dari 10.000"). */
  text: string;
  /** Offset of `text` in the sentence. */
  index: number;
  /** Offset just past `text`. */
  end: number;
  min: number | null;
  /** Null when open-ended ("lebih dari 10.000"). */
  max: number | null;
  /** The bound word as written ("Setidaknya"), or null. */
  bound: string | null;
  boundKind: BoundKind | null;
  /** True for "sekitar", "kira-kira", "400 ribuan", "1.000-an". */
  approximate: boolean;
  /** True for a magnitude word ("puluhan", "ratusan ribu", "jutaan"). */
  vague: boolean;
  /** True when written as a range ("10.000-12.000", "antara 1.000 dan 3.000"). */
  range: boolean;
  /** The noun counted, lowercased ("tentara", "km persegi", "%", "rp"), or null. */
  unit: string | null;
  /** Offset just past the unit (equal to `end` when there is none). */
  unitEnd: number;
  /** Up to 40 characters before `text`. */
  preceding: string;
  /** Up to 40 characters after `text`. */
  following: string;
}
