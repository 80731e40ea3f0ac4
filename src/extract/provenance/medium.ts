/**
 * Media as links of a chain: an agency or outlet named by its canonical
 * name and its id in `src/lexicon/outlets.yaml`.
 */
import { once } from "../../lexicon/define-lexicon.ts";
import { MAX_LENGTH, resolvePhrase } from "../claims/resolve-phrase.ts";
import type { Claimant } from "../claims/types.ts";
import { slug } from "../claims/make-claimant.ts";
import { scanAliases } from "../claims/scan-aliases.ts";
import { loadOutlets } from "../source/outlets-lexicon.ts";

/** An agency or outlet a statement came through. */
export interface Medium {
  name: string;
  id: string;
}

/** A government's or an army's web address: ".go.id", ".gov", ".gov.uk", ".mil", ".go.kr". */
const GOVERNMENT_SITE = /\.(?:go|gov|mil)(?:\.[a-z]{2})?$/iu;
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
 * claimant phrase: a medium named in it is the one ("Rusia RIA Novosti" is
 * RIA Novosti, "harian Warta Timur" an unknown daily), and so is a proper
 * name nobody knows ("Global Defence Corp"), which only a strong marker
 * ("dikutip dari", "dilansir") credits; a known actor, an institution
 * ("Pentagon", "Kementerian Pertahanan") or a government's web address
 * ("Kemlu.go.id", "defense.gov") is not: it speaks for itself.
 *
 * @example
 * mediumOfCredit("The Guardian")        //=> { name: "The Guardian", id: "the-guardian" }
 * mediumOfCredit("Rusia RIA Novosti")   //=> { name: "RIA Novosti", id: "ria-novosti" }
 * mediumOfCredit("Global Defence Corp") //=> { name: "Global Defence Corp", id: "global-defence-corp" }
 * mediumOfCredit("Pentagon")            //=> null
 */
export function mediumOfCredit(name: string): Medium | null {
  const known = outletIds().get(name);
  if (known !== undefined) return { name, id: known };
  if (GOVERNMENT_SITE.test(name)) return null;
  // A medium named anywhere in the phrase is the one: "Rusia RIA Novosti" is RIA Novosti.
  const hits = scanAliases(name);
  const named = hits.find((hit) => hit.actor.kind === "outlet");
  if (named) return { name: named.actor.name, id: named.actor.id };
  // The names found are the ones resolvePhrase would look for again.
  const resolved = resolvePhrase(name, name.length <= MAX_LENGTH ? hits : undefined);
  if (resolved.type !== "claimants") return null;
  const medium = resolved.claimants.find((c) => c.kind === "outlet");
  if (medium) return { name: medium.name, id: medium.id };
  const first = resolved.claimants[0];
  return first && !first.known && first.kind === "person" ? { name: first.name, id: first.id } : null;
}

/**
 * What two names of one medium have in common: letters and digits, without
 * a web-domain ending ("Asiaone.com" and "Asiaone" are one medium).
 *
 * @example
 * mediumKey("Liputan6.com") //=> "liputan6"
 * mediumKey("Kompas TV")    //=> "kompastv"
 */
export function mediumKey(name: string): string {
  return name.toLowerCase().replace(/\.(?:(?:co|go|or|ac)\.id|com|id|net|org|tv|news)$/u, "").replace(/[^\p{L}\p{N}]/gu, "");
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
