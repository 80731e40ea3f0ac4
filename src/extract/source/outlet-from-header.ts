/**
 * Names the outlet from the page's header: the site name after a headline
 * pasted as the window title ("… | Kalbar Today"), else the site name a
 * copied page opens with, above the headline ("Warta Bima", "Warta.id - Portal Berita
 * Anak Muda"). Only the header's first line counts, only its name
 * before a motto, and only when it is shaped like a brand (`looksLikeBrand`)
 * and is an outlet of the lexicon or named again elsewhere in the page: a
 * section label or a navigation link is not the site's name.
 */
import { STRUCTURAL_RULES, type RemovedLine } from "../clean/line.ts";
import { normalizeSpaces } from "../clean/text-shape.ts";
import { escapeRegExp } from "../../text/escape-regexp.ts";
import { looksLikeBrand } from "./brand-shape.ts";
import { findOutletMention, loadOutlets } from "./outlets-lexicon.ts";

export interface OutletFromHeader {
  /** The outlet's canonical name when `known`, else the site name as written. */
  outlet: string;
  known: boolean;
  /** The site name as the header writes it ("Warta Bima"). */
  name: string;
}

const MOTTO = /\s+[-–—|]\s+/u;

/**
 * The site name of the page's header, or null.
 *
 * @example
 * outletFromHeader(
 *   [{ text: "Warta.id - Kabar Terkini Anak Muda", rule: "page-header", line: 1 }],
 *   ["Redaksi Warta.id", "Harga cabai naik di pasar."],
 * )
 * //=> { outlet: "Warta.id", known: false, name: "Warta.id" }
 */
export function outletFromHeader(removed: readonly RemovedLine[], elsewhere: readonly string[]): OutletFromHeader | null {
  // The site's name after a headline pasted as the window title stands where only a site's name stands.
  const site = removed.find((r) => r.rule === STRUCTURAL_RULES.titleSiteName);
  if (site !== undefined) {
    const name = normalizeSpaces(String(site.text ?? "")).trim();
    const hit = findOutletMention(name);
    return hit !== null && hit.start === 0 && hit.end === name.length ? { outlet: hit.outlet.name, known: true, name } : { outlet: name, known: false, name };
  }
  const first = removed.find((r) => r.rule === STRUCTURAL_RULES.pageHeader);
  if (first === undefined) return null;
  const name = normalizeSpaces(String(first.text ?? "")).trim().split(MOTTO)[0]!.trim();
  if (name === "" || name.length > 60 || !looksLikeBrand(name, "alone", loadOutlets())) return null;
  const hit = findOutletMention(name);
  if (hit !== null && hit.start === 0 && hit.end === name.length) return { outlet: hit.outlet.name, known: true, name };
  const again = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "iu");
  const others = [...removed.filter((r) => r !== first).map((r) => String(r.text ?? "")), ...elsewhere];
  return others.some((t) => again.test(t.slice(0, 5000))) ? { outlet: name, known: false, name } : null;
}
