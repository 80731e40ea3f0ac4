/**
 * Media as links of a chain: an agency or outlet named by its canonical
 * name and its id in `src/lexicon/outlets.yaml`.
 */
import { once } from "../../lexicon/define-lexicon.ts";
import { normaliseClaimant } from "../claims/normalise-claimant.ts";
import type { Claimant } from "../claims/types.ts";
import { slug } from "../claims/make-claimant.ts";
import { loadOutlets } from "../source/outlets-lexicon.ts";

/** An agency or outlet a statement came through. */
export interface Medium {
  name: string;
  id: string;
}

const outletIds = once(() => new Map(loadOutlets().outlets.map((o) => [o.name, o.id] as const)));

/**
 * The id of an outlet by its canonical name: its id in the outlets lexicon,
 * else a slug of the name (an outlet found only by its web host).
 *
 * @example
 * outletId("Liputan6.com") //=> "liputan6-com"
 * outletId("gelora.news")  //=> "gelora-news"
 */
export function outletId(name: string): string {
  return outletIds().get(name) ?? slug(name);
}

/**
 * The medium a credited name stands for, or null when it names no medium.
 * A name of the outlets lexicon is one. Any other name is read as a
 * claimant: one of kind "outlet" ("harian Kommersant") is a medium, and so
 * is a proper name nobody knows ("Global Defence Corp"), which only a strong
 * marker ("dikutip dari", "dilansir") credits; a known actor or an
 * institution ("Pentagon", "Kementerian Pertahanan") is not.
 *
 * @example
 * mediumOfCredit("The Guardian")        //=> { name: "The Guardian", id: "the-guardian" }
 * mediumOfCredit("Global Defence Corp") //=> { name: "Global Defence Corp", id: "global-defence-corp" }
 * mediumOfCredit("Pentagon")            //=> null
 */
export function mediumOfCredit(name: string): Medium | null {
  const known = outletIds().get(name);
  if (known !== undefined) return { name, id: known };
  const claimant = normaliseClaimant(name);
  if (claimant.kind === "outlet" || (!claimant.known && claimant.kind === "person")) return { name: claimant.name, id: claimant.id };
  return null;
}

/**
 * The medium a claimant is, or null: an outlet or agency of the news (kind
 * "outlet"), such as the medium of "kepada BBC".
 *
 * @example
 * mediumOfClaimant({ id: "bbc", name: "BBC", text: "BBC", kind: "outlet", known: true }) //=> { name: "BBC", id: "bbc" }
 * mediumOfClaimant({ id: "zelensky", name: "Zelensky", text: "Presiden Zelensky", kind: "person", known: true }) //=> null
 */
export function mediumOfClaimant(claimant: Claimant | null): Medium | null {
  return claimant !== null && claimant.kind === "outlet" ? { name: claimant.name, id: claimant.id } : null;
}
