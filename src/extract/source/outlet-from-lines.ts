/**
 * Names the outlet from the byline, credit and footer lines cleaning removed
 * ("Kurniawan Fadilah - detikNews", "SURYAKITA.COM/Andi", "Ikuti Warta Bima
 * di Google News", "Copyright © ANTARA 2025"). Only lines removed by a rule
 * marked `namesOutlet` in `src/lexicon/boilerplate.yaml` count: an agency's
 * photo credit ("ANTARA FOTO/...") or a related-article widget names someone
 * else. In such a line the outlet is, in this order: the words of the rule's
 * `outlet` group; an outlet of `src/lexicon/outlets.yaml`; a web domain (as
 * written). A name followed by "Network" or "Group" is a network, not the
 * site ("© 2025 Tribunnews.com Network"), and names nothing.
 */
import { loadBoilerplate } from "../clean/boilerplate-lexicon.ts";
import type { RemovedLine } from "../clean/line.ts";
import { normalizeSpaces } from "../clean/text-shape.ts";
import { looksLikeName } from "./brand-shape.ts";
import { findOutletMention, loadOutlets } from "./outlets-lexicon.ts";

export interface OutletFromLines {
  outlet: string;
  basis: "byline" | "footer";
  /** True when the outlet is one of `src/lexicon/outlets.yaml`. */
  known: boolean;
}

const NETWORK = /^\s*(?:network|group|grup|media group)\b/iu;

/**
 * The outlet a line names, known or as written, or null.
 *
 * @example
 * outletInLine("Ikuti Warta Bima di Google News", "Warta Bima") //=> { outlet: "Warta Bima", known: false }
 */
export function outletInLine(text: string, group?: string): { outlet: string; known: boolean } | null {
  const lex = loadOutlets();
  const s = normalizeSpaces(String(text ?? "")).slice(0, 2000);
  const slot = group?.trim();
  if (slot) {
    const hit = findOutletMention(slot);
    if (hit !== null) return { outlet: hit.outlet.name, known: true };
    return looksLikeName(slot, lex) ? { outlet: slot, known: false } : null;
  }
  const hit = findOutletMention(s);
  if (hit !== null) return NETWORK.test(s.slice(hit.end)) ? null : { outlet: hit.outlet.name, known: true };
  const domain = lex.domainBrand.exec(s);
  if (domain === null || NETWORK.test(s.slice(domain.index + domain[0].length))) return null;
  return { outlet: domain[0], known: false };
}

/**
 * The outlet named by a byline or credit line, else by a footer line, or null.
 *
 * @example
 * outletFromLines([{ text: "Google News Metrotvnews.com", rule: "google-news-line", line: 44 }])
 * //=> { outlet: "Metrotvnews.com", basis: "footer", known: true }
 */
export function outletFromLines(removed: readonly RemovedLine[]): OutletFromLines | null {
  const lex = loadBoilerplate();
  let footer: OutletFromLines | null = null;
  for (const r of removed) {
    const rule = lex.byId.get(r.rule);
    const basis = rule?.namesOutlet;
    if (rule === undefined || basis === undefined || (basis === "footer" && footer !== null)) continue;
    const text = normalizeSpaces(String(r.text ?? "")).trim().slice(0, 1000);
    rule.regex.lastIndex = 0; // suffix rules' regexes are global
    const hit = outletInLine(text, rule.regex.exec(text)?.groups?.outlet);
    if (hit === null) continue;
    if (basis === "byline") return { ...hit, basis };
    footer = { ...hit, basis };
  }
  return footer;
}
