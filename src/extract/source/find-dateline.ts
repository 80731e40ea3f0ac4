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
 * PEMBELI: Pedagang menunggu. SAMPIT -"). A line is read by `readLine`,
 * what the head holds by `readDatelineHead`.
 */
import { loadBoilerplate } from "../clean/boilerplate-lexicon.ts";
import type { Line } from "../clean/line.ts";
import { looksLikeTitle, titleCaseRatio, wordCount, type ShapeConfig } from "../clean/text-shape.ts";
import { loadOutlets } from "./outlets-lexicon.ts";
import { UPPER } from "./read-dateline-head.ts";
import { readLine, type Found } from "./read-dateline-line.ts";

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
