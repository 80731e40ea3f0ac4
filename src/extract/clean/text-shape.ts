/**
 * The few structural heuristics of cleaning: what a headline, a linked
 * headline and a short label value look like. Thresholds and the list of
 * words that stay lowercase in Indonesian titles are data, in the `shapes`
 * section of `src/lexicon/boilerplate.yaml`.
 *
 * A title: no sentence-final period, no second sentence inside, not ending in
 * a dash or colon (a dateline such as "Jakarta -"), not a bullet, short.
 * A linked headline (after "Baca Juga"): a title whose words are mostly
 * capitalised. An article sentence ends with a period and is usually long.
 */

/** Thresholds for the shape checks (the `shapes` section of the lexicon). */
export interface ShapeConfig {
  titleMaxLength: number;
  titleMinWords: number;
  titleMaxWords: number;
  /** A line of the page's header this long or longer is taken for the headline before shorter titles. */
  headlineMinWords: number;
  minTitleCaseRatio: number;
  subheadingMaxWords: number;
  shortMaxLength: number;
  shortMaxWords: number;
  /** Lowercased function words that titles leave in lowercase ("di", "untuk"). */
  lowercaseWords: ReadonlySet<string>;
}

// Invisible and exotic spaces, each replaced by one plain space so that
// offsets into the normalised text are offsets into the original.
const ODD_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
const HAS_ODD_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/** True for the code units ODD_SPACE replaces. */
function isOddSpace(c: number): boolean {
  if (c < 0xa0) return c === 9 || c === 11 || c === 12;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/**
 * Shape checks skip normalising lines that are clearly too long: more than
 * this many characters over the limit after a plain trim (only zero-width
 * spaces, which a plain trim keeps, could bring such a line back under it).
 */
const EDGE_SLACK = 64;
const CLOSERS = new Set(["\"", "'", "”", "’", "»", ")", "]", " "]);
const LEADING_BULLET = /^[-–—•*·>]/;
const SECOND_SENTENCE = /\p{Ll}{3,}[.!?]["'”’)]?\s+["'“‘]?\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const TITLE_EDGE = new Set([..." \"'.,:;!?-"]);

/** `text` without the trailing characters in `set` (a loop: no regex backtracking). */
function trimEndOf(text: string, set: ReadonlySet<string>): string {
  let end = text.length;
  while (end > 0 && set.has(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** `text` without leading and trailing characters in `set`. */
function trimOf(text: string, set: ReadonlySet<string>): string {
  let start = 0;
  while (start < text.length && set.has(text.charAt(start))) start++;
  return trimEndOf(text.slice(start), set);
}

/** A token without its leading and trailing non-letter, non-digit characters. */
function stripEdgePunct(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !WORD_CHAR.test(token.charAt(start))) start++;
  while (end > start && !WORD_CHAR.test(token.charAt(end - 1))) end--;
  return token.slice(start, end);
}

/**
 * Replace tabs, no-break and zero-width spaces by plain spaces, keeping length.
 *
 * @example
 * normalizeSpaces("Baca\u00a0Juga") //=> "Baca Juga"
 */
export function normalizeSpaces(text: string): string {
  return HAS_ODD_SPACE.test(text) ? text.replace(ODD_SPACE, " ") : text;
}

/**
 * Words of a line as a reader counts them in a title: runs of non-space
 * characters holding a letter or digit, without surrounding punctuation
 * ("spot_img", "Bogor24Update" and "(Antara)" are one word each; `tokenize`
 * would see two or three tokens in the first two).
 */
function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const w = stripEdgePunct(raw);
    if (w !== "") out.push(w);
  }
  return out;
}

/**
 * True when the line could be a title: short, no sentence-final period or
 * colon, no second sentence, not a bullet, not a dateline ending in a dash.
 *
 * @example
 * looksLikeTitle("Korsel Sebut Korea Utara Tambah Pengiriman Pasukan ke Rusia", cfg) //=> true
 * looksLikeTitle("Pada Jumat (31/1), militer Ukraina mengungkap hal serupa.", cfg) //=> false
 */
export function looksLikeTitle(text: string, cfg: ShapeConfig): boolean {
  if (text.length > cfg.titleMaxLength + EDGE_SLACK && text.trim().length > cfg.titleMaxLength + EDGE_SLACK) return false;
  const t = normalizeSpaces(text).trim();
  if (t.length < 3 || t.length > cfg.titleMaxLength) return false;
  if (LEADING_BULLET.test(t)) return false;
  const end = trimEndOf(t, CLOSERS);
  const last = end.charAt(end.length - 1);
  if (last === "" || ".,;:…-–—".includes(last)) return false;
  if (SECOND_SENTENCE.test(t)) return false;
  const n = words(t).length;
  return n >= cfg.titleMinWords && n <= cfg.titleMaxWords;
}

/**
 * Share of the words that are not lowercase function words and start with a
 * capital letter or a digit (0 when there are none).
 *
 * @example
 * titleCaseRatio("Klaim Rusia soal Kemajuan yang Stabil", cfg) //=> 1
 */
export function titleCaseRatio(text: string, cfg: ShapeConfig): number {
  let content = 0;
  let capital = 0;
  for (const w of words(normalizeSpaces(text))) {
    if (cfg.lowercaseWords.has(w.toLowerCase())) continue;
    content++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) capital++;
  }
  return content === 0 ? 0 : capital / content;
}

/**
 * True for the headline of a linked article ("Baca Juga:" then this line):
 * a title whose words are mostly capitalised.
 *
 * @example
 * looksLikeLinkedHeadline("Kim Jong-un Perintahkan Pasukan Korut Bersiap untuk ‘Peperangan Modern’", cfg) //=> true
 */
export function looksLikeLinkedHeadline(text: string, cfg: ShapeConfig): boolean {
  return looksLikeTitle(text, cfg) && titleCaseRatio(text, cfg) >= cfg.minTitleCaseRatio;
}

/**
 * True for a short label value such as a name after "Editor" or a source
 * after "Sumber :": few words, no sentence-final period.
 *
 * @example
 * looksShort("Juli Hantoro", cfg) //=> true
 */
export function looksShort(text: string, cfg: ShapeConfig): boolean {
  if (text.length > cfg.shortMaxLength + EDGE_SLACK && text.trim().length > cfg.shortMaxLength + EDGE_SLACK) return false;
  const t = normalizeSpaces(text).trim();
  if (t === "" || t.length > cfg.shortMaxLength) return false;
  if (/[.:;,]$/.test(trimEndOf(t, CLOSERS))) return false;
  const n = words(t).length;
  return n >= 1 && n <= cfg.shortMaxWords;
}

/** Number of words in a line (punctuation-only tokens do not count). */
export function wordCount(text: string): number {
  return words(text).length;
}

const KEY_EDGE = new Set([...TITLE_EDGE, "“", "”", "„", "«", "»", "‘", "’", "‚", "‹", "›", "`"]);
const SPACE = /\s/;

/**
 * The first character of `titleKey(text)`, found cheaply, or "" when it is
 * not within the first 64 characters. Lets a caller skip computing keys of
 * lines that cannot equal a title.
 *
 * @example
 * titleKeyHead("  “Korsel Sebut”") //=> "k"
 */
export function titleKeyHead(text: string): string {
  const n = Math.min(text.length, 64);
  for (let i = 0; i < n; i++) {
    const ch = text.charAt(i);
    if (KEY_EDGE.has(ch) || SPACE.test(ch) || isOddSpace(text.charCodeAt(i))) continue;
    return ch.toLowerCase().charAt(0);
  }
  return "";
}

/**
 * A key for comparing titles: lowercased, quotes unified, spaces collapsed,
 * surrounding punctuation and a trailing "– Page 3" / "- Halaman 2" removed.
 *
 * @example
 * titleKey("  Korsel Sebut  Korea Utara – Page 2 ") //=> "korsel sebut korea utara"
 */
export function titleKey(text: string): string {
  const flat = normalizeSpaces(text)
    .toLowerCase()
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚‹›`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  // Bounded lookbehind-free suffix: at most 24 characters of " – page 12".
  const tail = flat.slice(-24).replace(/ ?[-–—|] ?(?:page|halaman) ?\d{1,3}$/, "");
  return trimOf(flat.slice(0, Math.max(0, flat.length - 24)) + tail, TITLE_EDGE);
}
