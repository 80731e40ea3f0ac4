/**
 * Names the outlet from the article's own words about its reporting:
 * "Pantauan Media Indonesia di lokasi", "saat dikonfirmasi wartabima.com",
 * "ketika dihubungi Warta Bima". Only these words of the outlet's own
 * reporting count (its watch, its calls, its interviews); "dikutip dari",
 * "dilansir" and "kepada" credit someone else and are left to the credits.
 * The name is an outlet of the lexicon, a web domain, or a name shaped like
 * a brand (`looksLikeBrand`).
 */
import { normalizeSpaces } from "../clean/text-shape.ts";
import { looksLikeBrand } from "./brand-shape.ts";
import { findOutletMention, loadOutlets } from "./outlets-lexicon.ts";

export interface OutletFromText {
  outlet: string;
  known: boolean;
}

const REPORTING = /(?<![\p{L}\p{N}])(?:[Pp]antauan|PANTAUAN|dikonfirmasi|dihubungi|ditemui|diwawancarai)\s+(?=[\p{L}\d])/gu;
const NAME = /^(?:[\p{L}\d-]+\.(?:co\.id|or\.id|com|co|id|net|tv|news)(?![\p{L}\p{N}])|[\p{Lu}\d][\p{L}\d.]*(?: [\p{Lu}\d][\p{L}\d.]*){0,3})/u;

/** "Warta Bima Senin" → "Warta Bima": a weekday (or another word that is no name) ends the name. */
function withoutDayNames(name: string, notNames: ReadonlySet<string>): string {
  const words = name.split(" ");
  const end = words.findIndex((w) => notNames.has(w.toLowerCase()));
  return (end < 0 ? words : words.slice(0, end)).join(" ");
}

/**
 * The outlet the article's reporting words name, or null.
 *
 * @example
 * outletFromText(["Pantauan Media Indonesia, banjir melanda dua kabupaten."]) //=> { outlet: "Media Indonesia", known: true }
 * outletFromText(["Pantauan di lokasi, banjir setinggi satu meter."]) //=> null
 */
export function outletFromText(paragraphs: readonly string[]): OutletFromText | null {
  const lex = loadOutlets();
  for (const p of paragraphs.slice(0, 40)) {
    const s = normalizeSpaces(String(p ?? "")).slice(0, 5000);
    for (const m of s.matchAll(REPORTING)) {
      const after = s.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const hit = findOutletMention(after);
      if (hit !== null && hit.start === 0) return { outlet: hit.outlet.name, known: true };
      const name = withoutDayNames(NAME.exec(after)?.[0].replace(/\.$/u, "") ?? "", lex.notPlaces);
      if (name !== "" && looksLikeBrand(name, "alone", lex)) return { outlet: name, known: false };
    }
  }
  return null;
}
