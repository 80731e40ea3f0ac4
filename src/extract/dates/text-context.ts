/**
 * Small, bounded looks at the text around an offset: the word before or
 * after it, whether it stands at a word or sentence boundary. Every scan is
 * capped so that no call costs more than a few dozen characters.
 */

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * ASCII letters and digits, for the word-boundary lookarounds of the date
 * regexes. The regexes avoid the `u` flag and non-ASCII ranges, which make
 * V8 several times slower on long case-insensitive alternations; exact
 * Unicode boundaries are checked in code with `isBoundaryBefore`/`After`.
 */
export const WORD_CLASS = "A-Za-z0-9";
const MAX_GAP = 4;
const MAX_WORD = 30;

/** True when `ch` is a letter, a digit or an underscore (any script). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && WORD_CHAR.test(ch);
}

/** True when no word character touches `index` from the left. */
export function isBoundaryBefore(text: string, index: number): boolean {
  return index <= 0 || !isWordChar(text[index - 1]);
}

/** True when no word character touches `index` (an end offset) from the right. */
export function isBoundaryAfter(text: string, index: number): boolean {
  return index >= text.length || !isWordChar(text[index]);
}

/** A word next to an offset: its lowercase form and where it starts and ends. */
export interface NearWord {
  word: string;
  start: number;
  end: number;
}

const isSpace = (ch: string | undefined): boolean => ch === " " || ch === "\t" || ch === "\u00a0";
const isWordLike = (ch: string | undefined): boolean =>
  isWordChar(ch) || ch === "'" || ch === "’" || ch === "$" || ch === "%" || ch === "-";

/**
 * The word that ends right before `index`, with only spaces between
 * (no punctuation, no line break), or null.
 *
 * @example
 * wordBefore("sejak akhir 2024", 12); //=> { word: "akhir", start: 6, end: 11 }
 */
export function wordBefore(text: string, index: number): NearWord | null {
  let i = index;
  let gap = 0;
  while (i > 0 && isSpace(text[i - 1]) && gap <= MAX_GAP) {
    i--;
    gap++;
  }
  const end = i;
  while (i > 0 && isWordLike(text[i - 1]) && end - i < MAX_WORD) i--;
  if (i === end) return null;
  return { word: text.slice(i, end).toLowerCase().replace(/’/g, "'"), start: i, end };
}

/**
 * The word that starts right after `index`, with only spaces between, or null.
 * A lone "%" counts as a word.
 *
 * @example
 * wordAfter("2025 tentara", 4); //=> { word: "tentara", start: 5, end: 12 }
 */
export function wordAfter(text: string, index: number): NearWord | null {
  let i = index;
  let gap = 0;
  while (i < text.length && isSpace(text[i]) && gap <= MAX_GAP) {
    i++;
    gap++;
  }
  const start = i;
  while (i < text.length && isWordLike(text[i]) && i - start < MAX_WORD) i++;
  if (i === start) return null;
  return { word: text.slice(start, i).toLowerCase(), start, end: i };
}

/** True when `index` opens a sentence: only spaces and opening quotes back to a full stop, a line break or the start. */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index;
  let steps = 0;
  while (i > 0 && steps < 8) {
    const ch = text[i - 1]!;
    if (ch === "\n" || ch === "." || ch === "!" || ch === "?") return true;
    if (!(isSpace(ch) || ch === '"' || ch === "“" || ch === "'" || ch === "‘" || ch === "(" || ch === "\r")) return false;
    i--;
    steps++;
  }
  return i === 0;
}

/** True when the character at `i` is an uppercase letter. */
export function isCapital(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
