/**
 * Reads the words before a dateline's separator ("KIEV, KOMPAS.TV",
 * "Bima (NusaSatu)", "Nusa News Portal. Tokyo, Jepang 3 Maret 2025")
 * as an outlet brand and a place. The brand is, in this order: a brand of
 * `src/lexicon/outlets.yaml`; a site name the page's header gave; a name in
 * brackets after the place (Antara's "(ANTARA)"); a web domain; a part
 * (between commas, a full stop or a pipe) that is the name of a domain the
 * page mentions ("FAJAR" on a page linking fajar.co.id) or is shaped like a
 * brand (`looksLikeBrand`, or beside a place `opensWithBrandWord`: "Gema
 * Sriwijaya, Palembang"). What is left is the place: one to four capitalised
 * words, of which the first part is kept ("Idleb, Suriah" gives "Idleb").
 * A date at the end of the head is not part of either.
 */
import { normalizeSpaces } from "../clean/text-shape.ts";
import { mediaKey } from "./credits-lexicon.ts";
import { isDomain, looksLikeBrand, looksLikeName, opensWithBrandWord } from "./brand-shape.ts";
import type { Outlets } from "./outlets-lexicon.ts";

export interface Head {
  /** The outlet: its canonical name when `known`, else the brand as written. */
  outlet: string | null;
  /** True when the outlet is one of `src/lexicon/outlets.yaml`. */
  known: boolean;
  place: string | null;
  /** True when only its place in brackets makes the name a brand ("Kupang (Flores Terkini)"). */
  bracketed?: boolean;
}

export interface HeadOptions {
  /** The head ends at a colon ("Seoul:"): a place alone is then at most two words. */
  colon: boolean;
  /** Site names the page's header gave ("Pers Rakyat Bima"). */
  pageBrands?: readonly string[];
  /** Names of the web domains the page mentions, folded (`domainNames`). */
  pageDomains?: ReadonlySet<string>;
}

const WORD = "\\p{Lu}[\\p{L}'’.-]*";
// A later word of a place may follow a lowercase particle ("Rio de Janeiro").
const NEXT = `(?: (?:de |da |del |al |el |van |von |la |le )?${WORD})`;
const PLACE = new RegExp(`^${WORD}${NEXT}{0,3}(?:, ?${WORD}${NEXT}{0,2})?$`, "u");
const EDGE = /^[\s,.|]+|[\s,.|\-–—]+$/gu;
const TRAILING_DATE = /[\s,]*(?:\d{1,2}\s+\p{L}{3,10}\.?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})\s*$/u;
const BRACKETED = /^(.*?)\s*\(([^()]{2,40})\)$/u;
const PARTS = /\s*[,|]\s*|\.\s+(?=\p{Lu})/u;
/** Written in capitals ("LOMBOK TIMUR"). */
export const UPPER = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/**
 * The place in `text` (a place, or a place and its country: the first part
 * is kept), or null when `text` is not one.
 *
 * @example
 * placeOf("Idleb, Suriah", loadOutlets(), 4) //=> "Idleb"
 * placeOf("Presiden", loadOutlets(), 2) //=> null
 */
export function placeOf(text: string, lex: Outlets, maxWords: number): string | null {
  const t = text.replace(EDGE, "").replace(/\s+/gu, " ");
  if (t === "" || !PLACE.test(t) || lex.notPlaces.has(t.toLowerCase())) return null;
  const words = t.split(/[ ,]+/u);
  if (words.length > maxWords || words.some((w) => lex.notPlaces.has(w.toLowerCase()))) return null;
  return t.split(",")[0]!.trim();
}

interface Span {
  outlet: string;
  known: boolean;
  start: number;
  end: number;
}

/** The earliest (then longest) brand of the lexicon in `head`. */
export function knownBrand(head: string, lex: Outlets): Span | null {
  let best: Span | null = null;
  for (const o of lex.anyBrand.test(head) ? lex.outlets : []) {
    for (const re of o.brandRegexes) {
      const m = re.exec(head);
      if (m === null) continue;
      const b = { outlet: o.name, known: true, start: m.index, end: m.index + m[0].length };
      if (best === null || b.start < best.start || (b.start === best.start && b.end > best.end)) best = b;
    }
  }
  return best;
}

function pageBrand(head: string, brands: readonly string[]): Span | null {
  const lower = head.toLowerCase();
  for (const b of brands) {
    const at = lower.indexOf(b.toLowerCase());
    const after = lower.charAt(at + b.length);
    if (at >= 0 && (at === 0 || !/[\p{L}\p{N}]/u.test(lower.charAt(at - 1))) && !/[\p{L}\p{N}]/u.test(after)) {
      return { outlet: head.slice(at, at + b.length), known: false, start: at, end: at + b.length };
    }
  }
  return null;
}

/** A web domain in `head`; "Kupang-Timorkini.com" is a place glued to a domain. */
function domainBrand(head: string, lex: Outlets): Span | null {
  const m = lex.domainBrand.exec(head);
  if (m === null) return null;
  const glued = /^(\p{Lu}\p{Ll}+)-(?=\p{Lu})/u.exec(m[0]);
  const start = m.index + (glued === null ? 0 : glued[0].length);
  const end = m.index + m[0].length;
  return { outlet: head.slice(start, end), known: false, start, end };
}

/** Brand and place once the brand's span is known: the rest must be a place or nothing. */
function around(head: string, brand: Span, lex: Outlets): Head | null {
  const rest = `${head.slice(0, brand.start)} ${head.slice(brand.end)}`.replace(EDGE, "");
  if (rest === "") return { outlet: brand.outlet, known: brand.known, place: null };
  const place = placeOf(rest, lex, 6);
  return place === null ? null : { outlet: brand.outlet, known: brand.known, place };
}

/**
 * True when `short` in brackets abbreviates the words before it ("Asosiasi
 * Pedagang Pasar (APPSI)"): it is a name's short form, not an outlet.
 *
 * @example
 * abbreviates("APPSI", "Ketua Asosiasi Pedagang Pasar") //=> true
 * abbreviates("TBN", "Tuban") //=> false
 */
export function abbreviates(short: string, before: string): boolean {
  const s = short.trim();
  if (!/^\p{Lu}{2,8}$/u.test(s)) return false;
  const initials = before.split(/[\s,]+/u).map((w) => w.charAt(0).toUpperCase()).join("");
  return initials.includes(s.slice(0, 2));
}

/**
 * Outlet and place of a dateline head, or null when it is no dateline.
 *
 * @example
 * readDatelineHead("Baubau, Koran Buton", loadOutlets(), { colon: false })
 * //=> { outlet: "Koran Buton", known: false, place: "Baubau" }
 * readDatelineHead("KIEV, KOMPAS.TV", loadOutlets(), { colon: false })
 * //=> { outlet: "KompasTV", known: true, place: "KIEV" }
 */
export function readDatelineHead(raw: string, lex: Outlets, options: HeadOptions): Head | null {
  const head = normalizeSpaces(raw).replace(TRAILING_DATE, "").replace(EDGE, "");
  if (head === "" || head.length > lex.maxHeadLength) return null;
  const span = knownBrand(head, lex) ?? pageBrand(head, options.pageBrands ?? []);
  if (span !== null) return around(head, span, lex);
  const bracketed = BRACKETED.exec(head);
  if (bracketed !== null && looksLikeName(bracketed[2]!, lex) && !abbreviates(bracketed[2]!, bracketed[1]!) && (!options.colon || UPPER.test(bracketed[1]!))) {
    const place = bracketed[1] === "" ? null : placeOf(bracketed[1]!, lex, 4);
    if (place === null && bracketed[1] !== "") return null;
    const name = bracketed[2]!.trim();
    return { outlet: name, known: false, place, bracketed: !looksLikeBrand(name, "alone", lex) };
  }
  const domain = domainBrand(head, lex);
  if (domain !== null) return around(head, domain, lex);
  const parts = head.split(PARTS).filter((p) => p !== "");
  const siteName = (p: string) => options.pageDomains?.has(mediaKey(p)) === true;
  if (parts.length >= 2) {
    // An acronym is a brand only beside a place written otherwise ("Tuban, TBN", not "AMBON, NTT").
    const beside = UPPER.test(parts[0]!) ? "alone" : "beside-place";
    const k = parts.findIndex((p, i) => siteName(p) || looksLikeBrand(p, i === 0 ? "alone" : beside, lex) || opensWithBrandWord(p, lex));
    if (k >= 0) {
      const others = parts.filter((_, i) => i !== k);
      const place = placeOf(others[0]!, lex, 4);
      return place === null ? null : { outlet: parts[k]!, known: false, place };
    }
  } else if ((siteName(head) || looksLikeBrand(head, "alone", lex)) && (!options.colon || UPPER.test(head) || isDomain(head, lex))) {
    // Before a colon a name alone is a speaker ("Presiden Indonesia: …") unless written in capitals.
    return { outlet: head, known: false, place: null };
  }
  const place = placeOf(head, lex, options.colon ? 2 : 4);
  return place === null ? null : { outlet: null, known: false, place };
}
