/**
 * How sure a statement is: the hedge words of `hedges.yaml` in the sentence,
 * weighed with the reporting verb's own hedge. The order of the rules is
 * described at the top of `src/lexicon/hedges.yaml`.
 */
import { claimsLexicon } from "./compile-lexicon.ts";
import type { Hedge } from "./types.ts";


/**
 * The hedges whose words occur in `text` (leftmost-longest, so "belum
 * mengonfirmasi" is denied and not also confirmed).
 *
 * @example
 * [...findHedges("Rusia belum mengonfirmasi sekitar 300 korban")]
 * //=> ["denied", "estimated"]
 */
export function findHedges(text: string): Set<Hedge> {
  const found = new Set<Hedge>();
  const re = claimsLexicon().hedgeRegex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        found.add(claimsLexicon().hedgeOrder[g - 1]!);
        break;
      }
    }
    if (m[0].length === 0) re.lastIndex++;
    if (found.size === claimsLexicon().hedgeOrder.length) break;
  }
  return found;
}

/**
 * The hedge of a statement: a denied word, then an unverified word, then the
 * marker's default, then the strongest other word (estimated, reported,
 * confirmed), then "reported" when attributed and "unverified" in the outlet's
 * own voice.
 *
 * @example
 * chooseHedge(new Set(["estimated"]), "confirmed", true) //=> "confirmed"
 * chooseHedge(new Set(["denied"]), "confirmed", true)    //=> "denied"
 * chooseHedge(new Set(), null, false)                    //=> "unverified"
 */
export function chooseHedge(words: ReadonlySet<Hedge>, marker: Hedge | null, attributed: boolean): Hedge {
  if (words.has("denied")) return "denied";
  if (words.has("unverified")) return "unverified";
  if (marker) return marker;
  for (const hedge of claimsLexicon().hedgeOrder) if (words.has(hedge)) return hedge;
  return attributed ? claimsLexicon().hedgeDefaults.attributed : claimsLexicon().hedgeDefaults.outlet;
}
