/**
 * Finds the dash or colon that ends a dateline: ` - `, `- `, ` -X`, `--`,
 * ` – `, ` — `, or `: `. A hyphen inside a word ("Jong-un"), a dash between
 * digits ("2020–2024") and a colon in a time or URL ("06:16", "https://") are
 * not separators.
 */

export interface Separator {
  /** Index of the first separator character. */
  index: number;
  /** Index just after the separator characters (where the dateline text stops). */
  stop: number;
  /** Index just after the separator and the spaces that follow it (where the body starts). */
  end: number;
  /** True for a colon (Medcom style), false for a dash. */
  colon: boolean;
}

const DASHES = "-–—";
const isDigit = (c: string) => c >= "0" && c <= "9";
const isLetter = (c: string) => /\p{L}/u.test(c);

function skipSpaces(s: string, i: number): number {
  while (i < s.length && s.charAt(i) === " ") i++;
  return i;
}

function dashRun(s: string, i: number): number {
  while (i < s.length && DASHES.includes(s.charAt(i))) i++;
  return i;
}

function separatorAt(s: string, i: number): Separator | null {
  const c = s.charAt(i);
  const prev = s.charAt(i - 1);
  const next = s.charAt(i + 1);
  if (c === ":") {
    if ((next !== " " && next !== "") || isDigit(prev)) return null;
    return { index: i, stop: i + 1, end: skipSpaces(s, i + 1), colon: true };
  }
  if (!DASHES.includes(c)) return null;
  const stop = dashRun(s, i);
  if (c === "-" && stop === i + 1) {
    const ok = next === " " || next === "" || (prev === " " && isLetter(next));
    if (!ok) return null;
  } else if (isDigit(prev) && isDigit(next)) {
    return null;
  }
  return { index: i, stop, end: skipSpaces(s, stop), colon: false };
}

/**
 * The first dateline separator in `s` from index `from`, looking at most
 * `limit` characters ahead, or null.
 *
 * @example
 * findSeparator("Liputan6.com, Seoul - Badan intelijen", 0, 80)
 * //=> { index: 20, stop: 21, end: 22, colon: false }
 */
export function findSeparator(s: string, from: number, limit: number): Separator | null {
  const last = Math.min(s.length, from + limit);
  for (let i = from; i < last; i++) {
    const sep = separatorAt(s, i);
    if (sep !== null) return sep;
  }
  return null;
}
