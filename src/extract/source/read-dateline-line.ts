/**
 * Reads one line's dateline, wherever the line opens it: at its start, with
 * or without a separator ("Palu | Kabar Tadulako –" has two), or glued after
 * a timestamp or a caption on the same line. Which of the datelines found counts is `findDateline`'s choice.
 */
import { normalizeSpaces } from "../clean/text-shape.ts";
import { isDomain } from "./brand-shape.ts";
import { findSeparator, type Separator } from "./dateline-separator.ts";
import type { Outlets } from "./outlets-lexicon.ts";
import { knownBrand, placeOf, readDatelineHead, UPPER, type HeadOptions } from "./read-dateline-head.ts";

/** Names the page gives itself elsewhere (`HeadOptions` without the separator). */
export type PageNames = Omit<HeadOptions, "colon">;

/** A dateline read on a line, with where the body starts in it. */
export interface Found {
  text: string;
  place: string | null;
  outlet: string | null;
  known: boolean;
  bracketed?: boolean;
  offset: number;
  colon: boolean;
}

/**
 * A timestamp's zone glued to the next word ("WIBMEDAN"), a caption's closing
 * credit, or the end of a caption's sentence before a place in capitals and
 * a dash: a dateline may follow.
 */
const GLUED = /(?:WIB|WITA|WIT)(?=\p{Lu}{2})|\)\s+(?=\p{Lu}{2})|[.!?]["”’]?\s+(?=\p{Lu}{2}[\p{Lu} ]{0,30}\s?[-–—])/gu;

/** "jpnn.com - JAKARTA -", "KABARSULSEL.COM | Makassar -", "BERITAKITA.CO.ID - MEDAN.": the place after a brand alone. */
function placeAfter(s: string, sep: Separator, lex: Outlets): { place: string; stop: number; end: number } | null {
  const next = findSeparator(s, sep.end, 40);
  if (next !== null && !next.colon) {
    const place = placeOf(s.slice(sep.end, next.index), lex, 4);
    if (place !== null) return { place, stop: next.stop, end: next.end };
  }
  const stop = /^(\p{Lu}[\p{Lu} ]{1,30}?)\.\s+(?=\p{Lu})/u.exec(s.slice(sep.end));
  const place = stop === null ? null : placeOf(stop[1]!, lex, 3);
  if (stop === null || place === null) return null;
  return { place, stop: sep.end + stop[1]!.length + 1, end: sep.end + stop[0].length };
}

/**
 * "Liputan6.com, Jakarta Bos televisi ..." (no dash): a known brand, comma,
 * place, body. An unknown domain then a comma ("warta.com, Maling Motor
 * Diciduk …") signs the body too, but what follows may not be a place.
 */
function readDashless(s: string, from: number, lex: Outlets): Found | null {
  const head = s.slice(from, from + lex.maxHeadLength);
  const brand = knownBrand(head, lex);
  if (brand === null) {
    const domain = /^\S+,\s+(?=\p{Lu})/u.exec(head);
    const name = domain?.[0].replace(/,\s+$/u, "");
    if (domain === null || name === undefined || !isDomain(name, lex)) return null;
    return { text: s.slice(from, from + name.length + 1), place: null, outlet: name, known: false, offset: from + domain[0].length, colon: false };
  }
  if (brand.start !== 0) return null;
  const comma = /^\s*,\s*/u.exec(head.slice(brand.end));
  if (comma === null) return null;
  const at = brand.end + comma[0].length;
  const tail = head.slice(at);
  const lower = tail.toLowerCase();
  const multi = lex.multiWordPlaces.find((p) => lower.startsWith(p) && /^(?:\s|$)/u.test(tail.slice(p.length)));
  const word = multi === undefined ? /^\p{Lu}[\p{L}'’.-]*(?=\s)/u.exec(tail)?.[0] : tail.slice(0, multi.length);
  if (word === undefined || placeOf(word, lex, 4) === null) return null;
  const stop = from + at + word.length;
  const offset = stop + (/^\s*/u.exec(s.slice(stop, stop + 20))?.[0].length ?? 0);
  return { text: s.slice(from, stop), place: word, outlet: brand.outlet, known: true, offset, colon: false };
}

/**
 * "PALU | Kabar Tadulako –": a place, a pipe, then the brand before a dash.
 * The separator to read up to is the second one when the head it ends names
 * a brand, else the pipe.
 */
function brandAfterPipe(s: string, from: number, sep: Separator, lex: Outlets, options: PageNames): Separator {
  const next = findSeparator(s, sep.end, 40);
  if (next === null || next.colon || next.pipe) return sep;
  const head = readDatelineHead(s.slice(from, next.index), lex, { ...options, colon: false });
  return head !== null && head.outlet !== null && head.place !== null ? next : sep;
}

/** The dateline that opens `s` at `from`, or null. */
function readAt(s: string, from: number, lex: Outlets, options: PageNames): Found | null {
  const first = findSeparator(s, from, lex.maxHeadLength);
  const sep = first !== null && first.pipe ? brandAfterPipe(s, from, first, lex, options) : first;
  if (sep !== null) {
    const head = readDatelineHead(s.slice(from, sep.index), lex, { ...options, colon: sep.colon });
    const bodyOk = !sep.colon || /^\p{Lu}/u.test(s.slice(sep.end));
    if (head !== null && bodyOk && (head.outlet !== null || head.place !== null)) {
      const after = head.outlet !== null && head.place === null && !sep.colon ? placeAfter(s, sep, lex) : null;
      const stop = after?.stop ?? sep.stop;
      return { ...head, place: after?.place ?? head.place, text: s.slice(from, stop).trim(), offset: after?.end ?? sep.end, colon: sep.colon };
    }
  }
  return readDashless(s, from, lex);
}

/** A dateline alone on its line with no separator: "Ambon, kabarmaluku.co.id", "Kupang-Timorkini.com". */
function readBare(s: string, from: number, lex: Outlets, options: PageNames): Found | null {
  const text = s.slice(from).trim();
  // The place and the brand stand apart: "Place, brand" or "Place-brand", never a name beside a host ("Dewi Lestari Beritakita.co.id").
  if (text.length > 60 || /[.!?:]$/u.test(text) || !/,|\p{L}-\p{Lu}/u.test(text)) return null;
  const head = readDatelineHead(text, lex, { ...options, colon: false });
  if (head === null || head.outlet === null || head.place === null) return null;
  return { ...head, text, offset: s.length, colon: false };
}

/**
 * The dateline `text` opens, or null.
 *
 * @example
 * readLine("Kompas dunia | 3 Maret 2025, 09:10 WIBMEDAN, KOMPAS.TV - Polisi …", loadOutlets(), {})?.text //=> "MEDAN, KOMPAS.TV -"
 */
export function readLine(text: string, lex: Outlets, options: PageNames): Found | null {
  const s = normalizeSpaces(text.slice(0, 300));
  const from = s.length - s.trimStart().length;
  const atStart = readAt(s, from, lex, options) ?? readBare(s, from, lex, options);
  // "MENUNGGU PEMBELI: Pedagang menunggu. SAMPIT - Harga …": a caption's label, then the dateline.
  const label = atStart !== null && atStart.outlet === null && atStart.colon && UPPER.test(atStart.place ?? "");
  if (atStart !== null && !label) return atStart;
  for (const m of s.matchAll(GLUED)) {
    const d = readAt(s, m.index + m[0].length, lex, options);
    if (d !== null && (d.outlet !== null || (UPPER.test(d.place ?? "") && !d.colon))) return d;
  }
  return atStart;
}

