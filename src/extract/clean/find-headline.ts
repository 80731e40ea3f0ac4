/**
 * Finds the headline in the header of a copied page: the lines above the
 * article's first paragraph or dateline, where a site name, navigation, a
 * section label ("Internasional"), a breadcrumb, UI text ("Simpan Artikel",
 * "Stay in touch"), a teaser and credits may stand around the headline.
 *
 * The headline is the first line of the header that looks like a title
 * (`looksLikeTitle`) and is headline-sized (`headlineMinWords` words or more),
 * leaving out page chrome: lines with navigation marks (`•`, `›`, `|`, ` > `,
 * ` / `), lines without a capital, lines with a web address (a site name,
 * its motto or the window title: "Warta.id - Kabar Terkini …", "… - Warta.id"),
 * a date bar,
 * and lines that only prefix another line's ending ("Reading: <headline>", a
 * breadcrumb glued to the headline). Failing such a line, a shorter
 * title-cased title of three words or more counts, or a short title standing
 * alone above the body. The lines above the headline are the page's header,
 * not the article.
 */
import { calendarNames } from "../../calendar/calendar-names.ts";
import { looksLikeTitle, titleCaseRatio, titleKey, wordCount, type ShapeConfig } from "./text-shape.ts";

export interface HeadlineOptions {
  /** True for a line equal to the front-matter title: it is the headline wherever it stands in the header. */
  isTitle: (trimmed: string) => boolean;
  /** True for a line that opens with a dateline: the article starts there. */
  isDateline: (trimmed: string) => boolean;
  /** Most lines a page's header may hold. */
  maxHeaderLines?: number;
}

export interface Headline {
  /** Index of the headline in the lines given. */
  index: number;
  /** Indexes of the lines above it: the page's header. */
  above: number[];
}

/** Most lines a page's header may hold, unless told otherwise. */
export const HEADER_LINES = 80;

// Navigation marks, and a web address anywhere: a site's name, motto or window title ("… - Warta.id").
const CHROME = /[•›»|]|\s>\s|\s\/\s|https?:|www\.|[\p{L}\d-]\.(?:com|co\.id|id|co|net|news)(?![\p{L}\d])/iu;
const ENDS_SENTENCE = /[^.]\.["'”’)]*$/u;

/**
 * True when a line reads as a paragraph of the article: a sentence ending in
 * a full stop, or a line too long for a title.
 *
 * @example
 * isParagraph("Pasukan itu tiba di Kursk pada Senin pagi.", cfg) //=> true
 * isParagraph("Daftar Perolehan Medali...", cfg) //=> false
 */
export function isParagraph(text: string, cfg: ShapeConfig): boolean {
  const t = text.trim();
  const words = wordCount(t);
  return (words >= 5 && ENDS_SENTENCE.test(t)) || (words >= 8 && !looksLikeTitle(t, cfg));
}

/** "Jumat, 04 Oktober 2024, Oktober 04, 2024 WIB": a date bar, whatever its order. */
function isDateBar(t: string): boolean {
  const names = calendarNames();
  const words = t.toLowerCase().split(/[\s,.:|/-]+/u).filter((w) => w !== "");
  const dated = words.filter((w) => /^\d+$/u.test(w) || names.months.has(w) || names.weekdays.has(w) || /^(?:wib|wita|wit|pukul)$/u.test(w));
  return dated.length * 2 > words.length;
}

/** "Maak! Harga Cabai Naik": a title may open with an interjection of a word or two. */
const INTERJECTION = /^(\S+(?: \S+)?[.!?]+)\s+(?=\p{Lu})/u;

function isCandidate(t: string, cfg: ShapeConfig): boolean {
  const title = looksLikeTitle(t, cfg) || looksLikeTitle(t.replace(INTERJECTION, ""), cfg);
  return title && !CHROME.test(t) && titleCaseRatio(t, cfg) > 0 && wordCount(t) >= 3 && !isDateBar(t);
}

/**
 * The headline among the first lines of a page (trimmed), or null when the
 * header holds none.
 *
 * @example
 * findHeadline(["Internasional", "Korut Kirim Pasukan Tambahan ke Kursk", "Pasukan itu tiba di Kursk pada Senin pagi."], cfg, opts)
 * //=> { index: 1, above: [0] }
 */
export function findHeadline(lines: readonly string[], cfg: ShapeConfig, options: HeadlineOptions): Headline | null {
  const header: number[] = [];
  const max = Math.min(lines.length, options.maxHeaderLines ?? HEADER_LINES);
  for (let i = 0; i < max; i++) {
    const t = lines[i]!;
    if (options.isTitle(t)) return { index: i, above: header };
    if (isParagraph(t, cfg) || options.isDateline(t)) break;
    header.push(i);
  }
  // Keys of the lines a headline could end (a title is short; longer lines cannot be one).
  const keys = header.map((i) => (lines[i]!.length <= cfg.titleMaxLength * 2 ? titleKey(lines[i]!) : ""));
  // "Reading: <headline>", "Beranda…<headline>": a line ending with a later header line's text is chrome.
  const prefixes = (k: number) => keys.some((other, j) => j !== k && other.length >= 15 && keys[k]!.length > other.length && keys[k]!.endsWith(other));
  const candidates = header.filter((i, k) => isCandidate(lines[i]!, cfg) && !prefixes(k));
  const best =
    candidates.find((i) => wordCount(lines[i]!) >= cfg.headlineMinWords) ??
    candidates.find((i) => titleCaseRatio(lines[i]!, cfg) >= cfg.minTitleCaseRatio) ??
    (candidates[0] === 0 && header.length === 1 ? 0 : undefined);
  return best === undefined ? null : { index: best, above: header.filter((i) => i < best) };
}
