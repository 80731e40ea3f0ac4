/**
 * Names the outlet from the byline and footer lines cleaning removed
 * ("Kurniawan Fadilah - detikNews", "Google News Metrotvnews.com",
 * "Copyright © ANTARA 2025"). Only lines removed by a rule marked
 * `namesOutlet` in `src/lexicon/boilerplate.yaml` count: a photo credit
 * ("ANTARA FOTO/...") or a related-article widget names someone else.
 */
import { loadBoilerplate } from "../clean/boilerplate-lexicon.ts";
import type { RemovedLine } from "../clean/line.ts";
import { findOutletMention } from "./outlets-lexicon.ts";

export interface OutletFromLines {
  outlet: string;
  basis: "byline" | "footer";
  /** True when the outlet is one of `src/lexicon/outlets.yaml`. */
  known: boolean;
}

/**
 * The outlet named by a byline line, else by a footer line, or null.
 *
 * @example
 * outletFromLines([{ text: "Google News Metrotvnews.com", rule: "google-news-line", line: 44 }])
 * //=> { outlet: "Metrotvnews.com", basis: "footer", known: true }
 */
export function outletFromLines(removed: readonly RemovedLine[]): OutletFromLines | null {
  const lex = loadBoilerplate();
  let footer: OutletFromLines | null = null;
  for (const r of removed) {
    const basis = lex.byId.get(r.rule)?.namesOutlet;
    if (basis === undefined || (basis === "footer" && footer !== null)) continue;
    const hit = findOutletMention(String(r.text ?? ""));
    if (hit === null) continue;
    if (basis === "byline") return { outlet: hit.outlet.name, basis, known: true };
    footer = { outlet: hit.outlet.name, basis, known: true };
  }
  return footer;
}
