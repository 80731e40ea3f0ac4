/**
 * Finds the dateline at the start of an article body ("Liputan6.com, Seoul -",
 * "Jakarta (ANTARA) –", "Baubau, Koran Buton –", "KABARSULSEL.COM | Makassar -",
 * "Seoul:") and where the body text begins after it.
 *
 * Where: the first line that opens with a place and/or a brand and a
 * separator (`findSeparator`), looked for from the top of the body down to
 * the `searchParagraphs`-th paragraph, since a page may put a summary, a photo
 * caption or credits above it. A dateline naming a brand wins over one giving
 * a place only; a place alone counts on the body's first paragraph (or on a
 * short line above it, detik's "Jakarta -"), and further down only written in
 * capitals before a dash ("LOMBOK TIMUR |"), because a caption or a quote
 * may open with a word and a colon ("BANJIR : Warga …").
 *
 * Shapes: the separator may be missing when the brand and place stand alone
 * on their line ("Ambon, kabarmaluku.co.id") or Liputan6 leaves out
 * the dash ("Liputan6.com, Jakarta Bos televisi …"); a brand may be followed
 * by its place and a second separator ("jpnn.com - JAKARTA -", "BERITAKITA.CO.ID -
 * MEDAN."); a dateline may be glued after a timestamp or a caption on the
 * same line ("09:10 WIBMEDAN, KOMPAS.TV -", "(foto/ist) SAMPIT –", "MENUNGGU
 * PEMBELI: Pedagang menunggu. SAMPIT -"). What the head holds is read by `readDatelineHead`.
 */
import { loadBoilerplate } from "../clean/boilerplate-lexicon.ts";
import type { Line } from "../clean/line.ts";
import { looksLikeTitle, normalizeSpaces, titleCaseRatio, wordCount, type ShapeConfig } from "../clean/text-shape.ts";
import { isDomain } from "./brand-shape.ts";
import { findSeparator, type Separator } from "./dateline-separator.ts";
import { loadOutlets, type Outlets } from "./outlets-lexicon.ts";
import { knownBrand, placeOf, readDatelineHead } from "./read-dateline-head.ts";

export interface Dateline {
  /** The dateline as written, with its separator ("Liputan6.com, Seoul -"). */
  text: string;
  place: string | null;
  /** The outlet: canonical when `known`, else the brand as written; null for a place-only dateline. */
  outlet: string | null;
  /** True when the outlet is one of `src/lexicon/outlets.yaml`. */
  known: boolean;
  /** Where the body starts: the kept line's number and the offset in its text. */
  end: { line: number; offset: number };
}

export interface DatelineOptions {
  /** Site names the page's header gave, for datelines that run brand and place together. */
  pageBrands?: readonly string[];
  /** Names of the web domains the page mentions, folded (`domainNames`). */
  pageDomains?: ReadonlySet<string>;
}

interface Found {
  text: string;
  place: string | null;
  outlet: string | null;
  known: boolean;
  bracketed?: boolean;
  offset: number;
  colon: boolean;
}

const UPPER = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
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

/** The dateline that opens `s` at `from`, or null. */
function readAt(s: string, from: number, lex: Outlets, options: DatelineOptions): Found | null {
  const sep = findSeparator(s, from, lex.maxHeadLength);
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
function readBare(s: string, from: number, lex: Outlets, options: DatelineOptions): Found | null {
  const text = s.slice(from).trim();
  // The place and the brand stand apart: "Place, brand" or "Place-brand", never a name beside a host ("Dewi Lestari Beritakita.co.id").
  if (text.length > 60 || /[.!?:]$/u.test(text) || !/,|\p{L}-\p{Lu}/u.test(text)) return null;
  const head = readDatelineHead(text, lex, { ...options, colon: false });
  if (head === null || head.outlet === null || head.place === null) return null;
  return { ...head, text, offset: s.length, colon: false };
}

function readLine(text: string, lex: Outlets, options: DatelineOptions): Found | null {
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

/**
 * Whether a dateline counts where it stands. On a title (a short line
 * without a full stop) with words after the separator, a brand alone before
 * a few or title-cased words is a site name and its motto ("Warta.id -
 * Portal Berita Muda"), and a place
 * alone a headline ("Gubernur: Kami Siap …", "Konflik Israel - Hamas Memanas"),
 * unless written in capitals before a dash. Below a paragraph, a place alone
 * counts only in capitals before a dash, and a name in brackets only when
 * it is shaped like a brand.
 */
function counts(text: string, d: Found, paragraphsAbove: number, shapes: ShapeConfig): boolean {
  const titled = d.offset < text.trimEnd().length && looksLikeTitle(text, shapes);
  // Below a paragraph, a name in brackets is as often a party or a title ("Wakil Ketua (Fraksi Golkar) –").
  if (d.outlet !== null && d.bracketed === true && paragraphsAbove > 0) return false;
  if (d.outlet !== null && d.place === null && titled) {
    // A motto is short or title-cased; a lead without its full stop is neither.
    const rest = text.slice(d.offset);
    return wordCount(rest) > 6 && titleCaseRatio(rest, shapes) < shapes.minTitleCaseRatio;
  }
  if (d.outlet !== null) return true;
  const capitals = UPPER.test(d.place ?? "") && !d.colon;
  return capitals || (paragraphsAbove === 0 && !titled);
}

/**
 * True when `text` opens with a dateline that would count on the body's
 * first paragraph: the article starts there.
 *
 * @example
 * opensWithDateline("Ambon, kabarmaluku.co.id") //=> true
 * opensWithDateline("Gubernur: Kami Siap Hadapi Musim Kemarau") //=> false
 */
export function opensWithDateline(text: string, options: DatelineOptions = {}): boolean {
  const d = readLine(String(text ?? ""), loadOutlets(), options);
  return d !== null && counts(text, d, 0, loadBoilerplate().shapes);
}

/**
 * The dateline of the body, or null.
 *
 * @example
 * findDateline([{ text: "Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan.", line: 1 }])
 * //=> { text: "Liputan6.com, Seoul -", place: "Seoul", outlet: "Liputan6.com", known: true, end: { line: 1, offset: 22 } }
 */
export function findDateline(kept: readonly Line[], options: DatelineOptions = {}): Dateline | null {
  const lex = loadOutlets();
  const { shapes } = loadBoilerplate();
  const seen = new Set<string>();
  let paragraphs = 0;
  let placeOnly: Dateline | null = null;
  for (let i = 0; i < Math.min(kept.length, lex.maxHeaderLines); i++) {
    const text = String(kept[i]!.text ?? "");
    const d = readLine(text, lex, options);
    if (d !== null) {
      const { offset, colon: _, ...rest } = d;
      const dateline = { ...rest, end: { line: kept[i]!.line, offset } };
      if (d.outlet !== null && counts(text, d, paragraphs, shapes)) return dateline;
      if (d.outlet === null && placeOnly === null && counts(text, d, paragraphs, shapes)) placeOnly = dateline;
    }
    const key = text.trim();
    const paragraph = !seen.has(key) && wordCount(text) >= 8 && !looksLikeTitle(text, shapes);
    seen.add(key);
    if (paragraph && ++paragraphs >= lex.searchParagraphs) break;
  }
  return placeOnly;
}
