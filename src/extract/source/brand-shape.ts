/**
 * What a news brand the lexicon does not know looks like. No list can hold
 * Indonesia's thousands of outlets, so a name standing where a brand stands
 * (in a dateline, a byline, a credit, the page's header) is taken as the
 * outlet when it is shaped like a brand:
 *
 * - a web domain ("GELORA.CO", "warta-desa.co.id", "metro9.co.id");
 * - a word with a capital inside it ("NewsTimur", "NusaSatu", "detikNews");
 * - a word of letters and digits ("Sorong24", "Metro9");
 * - a name holding a brand word of `src/lexicon/outlets.yaml` ("Koran Buton",
 *   "Nusa News Portal") or a word made with one ("Jabarnews", "Wartakota");
 * - beside a place written otherwise, an acronym ("Tuban, TBN");
 * - beside a place, a name of two words or more opening with one of its
 *   `brandLeadWords` ("Gema Sriwijaya", "Kabar Tadulako"), words that alone
 *   are section labels ("Berita", "Info") (`opensWithBrandWord`).
 *
 * Places have none of these shapes ("Sorong", "LOMBOK TIMUR", "Korea
 * Selatan"). A name ending with "Indonesia" is no brand by that alone: it
 * is as often a body, a team or a company ("Bank Indonesia", "Timnas
 * Indonesia", "Garuda Indonesia").
 */
import { mediaKey } from "./credits-lexicon.ts";
import type { Outlets } from "./outlets-lexicon.ts";

/** Where the name stands: alone before the separator, or beside a place. */
export type BrandSlot = "alone" | "beside-place";

const INNER_CAPITAL = /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}{2}/u;
const LETTERS_AND_DIGITS = /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}]+$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A word of a name: capitalised, or a lowercase brand with a capital or a digit inside ("detikNews", "tvOne"). */
const NAME_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*|\p{Ll}+[\p{Lu}\p{N}][\p{L}\p{N}.-]*)$/u;

/**
 * The words of a name, or null when it is not one (empty, too long, holding
 * a lowercase word or other marks).
 */
function nameWords(name: string): string[] | null {
  const words = name.trim().split(/\s+/u);
  if (words.length === 0 || words.length > 5 || words[0] === "") return null;
  return words.every((w) => NAME_WORD.test(w)) ? words : null;
}

/** "jabarnews", "wartakota": a brand word begins or ends the word, with more letters beside it. */
function hasBrandPart(word: string, lex: Outlets): boolean {
  return lex.brandWordParts.some((p) => word.length > p.length + 2 && (word.startsWith(p) || word.endsWith(p)));
}

/**
 * True when `text` is, as a whole, a web domain.
 *
 * @example
 * isDomain("harianwarta.co.id", loadOutlets()) //=> true
 * isDomain("Sorong", loadOutlets()) //=> false
 */
export function isDomain(text: string, lex: Outlets): boolean {
  const m = lex.domainBrand.exec(text.trim());
  return m !== null && m.index === 0 && m[0].length === text.trim().length;
}

/**
 * True when `name` is shaped like a news brand for the slot it stands in.
 *
 * @example
 * looksLikeBrand("Koran Buton", "beside-place", loadOutlets()) //=> true
 * looksLikeBrand("TBN", "beside-place", loadOutlets()) //=> true
 * looksLikeBrand("TBN", "alone", loadOutlets()) //=> false
 * looksLikeBrand("Korea Selatan", "beside-place", loadOutlets()) //=> false
 */
export function looksLikeBrand(name: string, slot: BrandSlot, lex: Outlets): boolean {
  if (isDomain(name, lex)) return true;
  const words = nameWords(name);
  if (words === null) return false;
  if (words.some((w) => INNER_CAPITAL.test(w) || LETTERS_AND_DIGITS.test(w))) return true;
  if (words.some((w) => lex.brandWords.has(w.toLowerCase()))) return true;
  if (words.length === 1 && hasBrandPart(words[0]!.toLowerCase(), lex)) return true;
  return slot === "beside-place" && words.length === 1 && ACRONYM.test(words[0]!);
}

/**
 * True when `name` is a name of two words or more opening with one of the
 * `brandLeadWords`: a brand when a place stands beside it in a dateline
 * ("Gema Sriwijaya, Palembang –"), though the word alone is a section label.
 *
 * @example
 * opensWithBrandWord("Kabar Tadulako", loadOutlets()) //=> true
 * opensWithBrandWord("Berita", loadOutlets()) //=> false
 * opensWithBrandWord("Kota Bogor", loadOutlets()) //=> false
 */
export function opensWithBrandWord(name: string, lex: Outlets): boolean {
  const words = nameWords(name);
  return words !== null && words.length >= 2 && lex.brandLeadWords.has(words[0]!.toLowerCase());
}

/**
 * True when `name` could be a brand's name at all: one to five capitalised
 * words or a domain ("Flores Terkini", "NusaSatu"), for a slot that only a
 * brand fills ("Kupang (Flores Terkini) –").
 *
 * @example
 * looksLikeName("Flores Terkini", loadOutlets()) //=> true
 * looksLikeName("foto/int", loadOutlets()) //=> false
 */
export function looksLikeName(name: string, lex: Outlets): boolean {
  return isDomain(name, lex) || nameWords(name) !== null;
}

/**
 * The names of the web domains a page mentions, folded ("wartabima.co.id" →
 * "wartabima"): a dateline's word equal to one of them is the site's name
 * ("BIMA, WARTA BIMA –" on a page that links wartabima.co.id).
 *
 * @example
 * domainNames(["© 2024 wartabima.co.id", "Harga cabai naik."], loadOutlets()) //=> Set { "wartabima" }
 */
export function domainNames(texts: readonly string[], lex: Outlets): Set<string> {
  const out = new Set<string>();
  const all = new RegExp(lex.domainBrand.source, "giu");
  for (const t of texts) {
    for (const m of String(t ?? "").slice(0, 3000).matchAll(all)) out.add(mediaKey(m[0].replace(/\.[^.]+(?:\.id)?$/iu, "")));
  }
  return out;
}
