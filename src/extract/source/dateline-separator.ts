/**
 * Finds the mark that ends a dateline: a dash (` - `, `- `, ` -X`, `--`,
 * ` – `, ` — `), a colon (`: `), a pipe standing between spaces (` | `) or,
 * where a page's encoding mangled the dash, a lone character of another
 * script between spaces ("Manado, SulutOne โ Polisi"). A hyphen inside a word
 * ("Jong-un"), a dash between digits ("2020–2024") and a colon in a time or
 * URL ("06:16", "https://") are not separators.
 */

export interface Separator {
  /** Index of the first separator character. */
  index: number;
  /** Index just after the separator characters (where the dateline text stops). */
  stop: number;
  /** Index just after the separator and the spaces that follow it (where the body starts). */
  end: number;
  /** True for a colon (Medcom style). */
  colon: boolean;
  /** True for a pipe ("LOMBOK TIMUR |", "KABARSULSEL.COM | Makassar -"). */
  pipe: boolean;
}

const DASHES = "-–—";
const isDigit = (c: string) => c >= "0" && c <= "9";
const isLetter = (c: string) => /\p{L}/u.test(c);
/** A letter of no script a dateline is written in: a dash that a wrong encoding turned into a letter ("โ"). */
const isForeignMark = (c: string) => /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(c);

function skipSpaces(s: string, i: number): number {
  while (i < s.length && s.charAt(i) === " ") i++;
  return i;
}

function dashRun(s: string, i: number): number {
  while (i < s.length && DASHES.includes(s.charAt(i))) i++;
  return i;
}

const mark = (s: string, i: number, stop: number, kind: "dash" | "colon" | "pipe"): Separator => ({
  index: i,
  stop,
  end: skipSpaces(s, stop),
  colon: kind === "colon",
  pipe: kind === "pipe",
});

function separatorAt(s: string, i: number): Separator | null {
  const c = s.charAt(i);
  const prev = s.charAt(i - 1);
  const next = s.charAt(i + 1);
  if (c === ":") {
    if ((next !== " " && next !== "") || isDigit(prev)) return null;
    return mark(s, i, i + 1, "colon");
  }
  if (c === "|" || (prev === " " && (next === " " || next === "") && isForeignMark(c))) {
    if (prev !== " " || (next !== " " && next !== "")) return null;
    return mark(s, i, i + 1, c === "|" ? "pipe" : "dash");
  }
  if (!DASHES.includes(c)) return null;
  const stop = dashRun(s, i);
  if (c === "-" && stop === i + 1) {
    const ok = next === " " || next === "" || (prev === " " && isLetter(next));
    if (!ok) return null;
  } else if (isDigit(prev) && isDigit(next)) {
    return null;
  }
  return mark(s, i, stop, "dash");
}

/**
 * The first dateline separator in `s` from index `from`, looking at most
 * `limit` characters ahead, or null.
 *
 * @example
 * findSeparator("Liputan6.com, Seoul - Badan intelijen", 0, 80)
 * //=> { index: 20, stop: 21, end: 22, colon: false, pipe: false }
 */
export function findSeparator(s: string, from: number, limit: number): Separator | null {
  const last = Math.min(s.length, from + limit);
  for (let i = from; i < last; i++) {
    const sep = separatorAt(s, i);
    if (sep !== null) return sep;
  }
  return null;
}
