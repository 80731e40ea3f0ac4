/**
 * Names the outlet from the article's own words about its reporting:
 * "Pantauan Media Indonesia di lokasi", "saat dikonfirmasi wartabima.com",
 * "ketika dihubungi Warta Bima", and from a teaser or lead whose subject is
 * the outlet doing its own reporting ("Koran Warta mengulas …",
 * `outletBeforeVerb`). Only these words of the outlet's own reporting count
 * (its watch, its calls, its interviews, what it gathered or reviews:
 * `src/lexicon/own-reporting.yaml`); "dikutip dari", "dilansir" and
 * "kepada" credit someone else and are left to the credits. After a word
 * of reporting the name is an outlet of the lexicon, a web domain, or a
 * name shaped like a brand (`looksLikeBrand`).
 */
import { normalizeSpaces } from "../clean/text-shape.ts";
import { looksLikeBrand } from "./brand-shape.ts";
import { outletBeforeVerb, type OutletFromText } from "./outlet-before-verb.ts";
import { findOutletMention, loadOutlets } from "./outlets-lexicon.ts";
import { loadOwnReporting } from "./own-reporting-lexicon.ts";

/** The teaser and the lead: where an outlet that is the subject of its own reporting verb names itself. */
const LEAD_PARAGRAPHS = 3;
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
 * outletFromText(["Di hari jadinya, Media Indonesia mengulas sejarah kota."]) //=> { outlet: "Media Indonesia", known: true }
 * outletFromText(["Pantauan di lokasi, banjir setinggi satu meter."]) //=> null
 */
export function outletFromText(paragraphs: readonly string[]): OutletFromText | null {
  const lex = loadOutlets();
  const texts = paragraphs.slice(0, 40).map((p) => normalizeSpaces(String(p ?? "")).slice(0, 5000));
  for (const s of texts) {
    for (const m of s.matchAll(loadOwnReporting().before)) {
      const after = s.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const hit = findOutletMention(after);
      if (hit !== null && hit.start === 0) return { outlet: hit.outlet.name, known: true };
      const name = withoutDayNames(NAME.exec(after)?.[0].replace(/\.$/u, "") ?? "", lex.notPlaces);
      if (name !== "" && looksLikeBrand(name, "alone", lex)) return { outlet: name, known: false };
    }
  }
  for (const s of texts.slice(0, LEAD_PARAGRAPHS)) {
    const found = outletBeforeVerb(s);
    if (found !== null) return found;
  }
  return null;
}
