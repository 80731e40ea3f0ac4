/**
 * The one tokenizer: a text as words, numerals and marks, each with its
 * offsets. A word is a run of letters and combining marks, with inner
 * hyphens and apostrophes ("mata-mata", "Jum'at"); a numeral is a run of
 * ASCII digits with inner ".", ",", ":" and "/" ("10.000", "2,5", "16:59",
 * "4/2/2025"); every other character that is not a space is a mark of its
 * own ("(", ",", "%"). Linear in the length of the text.
 */

/** One word, numeral or mark of a text. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lowercased, for lexicon look-ups. */
  lower: string;
  /** Offset of the first character in the text. */
  index: number;
  /** Offset just past the last character. */
  end: number;
  kind: "word" | "numeral" | "mark";
  /** True for a numeral. */
  num: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

/** How many code units the letter at `i` takes (two outside the BMP), or 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER.test(text[i]!) ? 1 : 0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** "-", "'", "’": join two runs of letters into one word. */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019;
/** ".", ",", ":", "/": join two runs of digits into one numeral. */
const isSeparator = (c: number): boolean => c === 46 || c === 44 || c === 58 || c === 47;

function isSpace(c: number, text: string, i: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || (c > 127 && SPACE.test(text[i]!));
}

/**
 * Every token of `text`, in order.
 *
 * @example
 * tokenize("sekitar 10.000 tentara (NIS),").map((t) => t.text)
 * //=> ["sekitar", "10.000", "tentara", "(", "NIS", ")", ","]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c, text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    let kind: Token["kind"] = "mark";
    if (isDigit(c)) {
      kind = "numeral";
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      while (j + 1 < n && isSeparator(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
    } else if (letterAt(text, i) > 0) {
      kind = "word";
      j = i + letterAt(text, i);
      while (j < n) {
        const letter = letterAt(text, j);
        if (letter > 0) j += letter;
        else if (isJoiner(text.charCodeAt(j)) && letterAt(text, j + 1) > 0) j += 1 + letterAt(text, j + 1);
        else break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && j < n) {
      j++; // a character outside the BMP is one mark, not two halves
    }
    const raw = text.slice(i, j);
    tokens.push({ text: raw, lower: raw.toLowerCase(), index: i, end: j, kind, num: kind === "numeral" });
    i = j;
  }
  return tokens;
}

/** The tokens of a text as parallel lists, for code that walks them by index. */
export interface Words {
  raw: string[];
  lower: string[];
  start: number[];
  end: number[];
}

/**
 * Every token of `text` as parallel lists.
 *
 * @example
 * splitWords("agen mata-mata (NIS),").raw //=> ["agen", "mata-mata", "(", "NIS", ")", ","]
 */
export function splitWords(text: string): Words {
  const words: Words = { raw: [], lower: [], start: [], end: [] };
  for (const t of tokenize(text)) {
    words.raw.push(t.text);
    words.lower.push(t.lower);
    words.start.push(t.index);
    words.end.push(t.end);
  }
  return words;
}
