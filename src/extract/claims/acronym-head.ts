/**
 * A name written out and followed by a known acronym in parentheses
 * ("Dinas Intelijen Nasional (NIS) Korea Selatan", "Direktorat Intelijen
 * (GUR)"): the acronym says who the written-out name is, however the name is
 * spelled.
 */
import type { AliasHit } from "./scan-aliases.ts";

/** Most words of the written-out name. */
const HEAD_WORDS = 8;
const CAPITAL = /^\p{Lu}/u;

/**
 * The phrase with the written-out name before a known acronym in
 * parentheses replaced by the acronym, or null when the phrase has no such
 * name. `lo` is where the phrase's kept part starts; `hits` are the known
 * names in `phrase`.
 *
 * @example
 * acronymHead("Dinas Intelijen Nasional (NIS) Korea Selatan", 0, scanAliases("Dinas Intelijen Nasional (NIS) Korea Selatan"))
 * //=> "NIS Korea Selatan"
 */
export function acronymHead(phrase: string, lo: number, hits: readonly AliasHit[]): string | null {
  const first = hits.find((h) => h.end > lo);
  if (first === undefined || phrase[first.start - 1] !== "(" || phrase[first.end] !== ")") return null;
  const head = phrase.slice(lo, first.start - 1).trim();
  const words = head.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > HEAD_WORDS || !words.every((w) => CAPITAL.test(w) || w.length <= 3)) return null;
  return phrase.slice(0, lo) + first.text + phrase.slice(first.end + 1);
}
