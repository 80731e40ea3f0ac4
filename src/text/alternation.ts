/**
 * Many words as one regular expression.
 */
import { compareKeys } from "./compare-keys.ts";
import { phrasePattern } from "./escape-regexp.ts";

/**
 * A non-capturing alternation of `items`, each turned into a pattern by
 * `toPattern` (by default escaped, spaces matching any whitespace), longest
 * pattern first so that "sampai dengan" is tried before "sampai"; equal
 * lengths in code-unit order, so the pattern is the same on every machine.
 * Duplicates are dropped.
 *
 * @example
 * alternation(["sampai", "sampai dengan", "hingga"]) //=> "(?:sampai\\s+dengan|hingga|sampai)"
 */
export function alternation(items: Iterable<string>, toPattern: (item: string) => string = phrasePattern): string {
  const patterns = [...new Set([...items].map(toPattern))];
  patterns.sort((a, b) => b.length - a.length || compareKeys(a, b));
  return `(?:${patterns.join("|")})`;
}
