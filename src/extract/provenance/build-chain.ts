/**
 * A claim's chain: who heard it from whom, from its origin to the outlet
 * that published the article.
 */
import type { ChainLink, Claimant } from "../../schema/entry.ts";
import type { Relays } from "./article-relays.ts";
import { mediumKey, outletId } from "./medium.ts";

/**
 * The chain of a statement of `claimant` that came through `relays` to
 * `outlet`: the claimant (none when the outlet speaks in its own voice), the
 * relays in order, the outlet (none when the article names none). A medium
 * the claimant quoted (`relays.origin`) comes first; a link already in the
 * chain (by id, or by name without its web-domain ending) is not repeated,
 * and the claimant or the outlet is never its own relay.
 *
 * @example
 * buildChain(nis, { relays: [{ name: "Yonhap", id: "yonhap" }], origin: null }, "Metrotvnews.com")
 * //=> [{ name: "NIS", id: "nis", role: "claimant" },
 * //    { name: "Yonhap", id: "yonhap", role: "relay" },
 * //    { name: "Metrotvnews.com", id: "metrotvnews-com", role: "outlet" }]
 */
export function buildChain(claimant: Claimant, relays: Relays, outlet: string | null): ChainLink[] {
  const last: ChainLink | null = outlet ? { name: outlet, id: outletId(outlet), role: "outlet" } : null;
  const chain: ChainLink[] = [];
  const seen = new Set(last ? [last.id, mediumKey(last.name)] : []);
  const add = (link: ChainLink) => {
    const key = mediumKey(link.name);
    if (seen.has(link.id) || (key !== "" && seen.has(key))) return;
    seen.add(link.id).add(key);
    chain.push(link);
  };
  if (claimant.kind !== "self") {
    const origin = relays.origin?.quotedBy === claimant.id ? relays.origin.medium : null;
    if (origin) add({ ...origin, role: "claimant" });
    add({ name: claimant.name, id: claimant.id, role: origin ? "relay" : "claimant" });
  }
  for (const medium of relays.relays) add({ name: medium.name, id: medium.id, role: "relay" });
  if (last) chain.push(last);
  return chain;
}
