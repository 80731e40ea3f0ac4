/**
 * Regex sources built from lexicon entries: whole words, longest first, with
 * `/…/` entries taken as written.
 */
import { alternation } from "../../text/alternation.ts";
import { phrasePattern } from "../../text/escape-regexp.ts";

/**
 * True for a lexicon entry written as a `/…/` regex.
 *
 * @example
 * isPattern("/sekitar(?=\\s+\\d)/") //=> true
 * isPattern("kira-kira") //=> false
 */
export function isPattern(entry: string): boolean {
  return entry.length > 2 && entry.startsWith("/") && entry.endsWith("/");
}

/** Letters and digits: what a whole word must not touch. */
export const EDGE_BEFORE = "(?<![\\p{L}\\p{N}]|\\p{L}-)";
export const EDGE_AFTER = "(?![\\p{L}\\p{N}]|-\\p{L})";

/**
 * Regex source of one lexicon entry: `/…/` as written (capturing groups are
 * refused), else the escaped phrase with any run of spaces for its spaces.
 *
 * @example
 * entrySource("kira-kira (sekitar)") //=> "kira-kira\\s+\\(sekitar\\)"
 * entrySource("/sekitar(?=\\s+\\d)/") //=> "sekitar(?=\\s+\\d)"
 */
export function entrySource(entry: string): string {
  if (isPattern(entry)) {
    const inner = entry.slice(1, -1);
    // Capturing groups would shift the group numbers the scanners rely on.
    if (new RegExp(`(?:${inner})|`, "u").exec("")!.length !== 1) {
      throw new Error(`Lexicon pattern ${entry} has a capturing group; use (?:…)`);
    }
    return inner;
  }
  return phrasePattern(entry.trim());
}

/**
 * Alternation of entries, longest first, as whole words.
 *
 * @example
 * new RegExp(wordsSource(["kata", "katanya"]), "u").exec("ujarnya, katanya.")?.[0] //=> "katanya"
 */
export function wordsSource(entries: readonly string[]): string {
  return `${EDGE_BEFORE}${alternation(entries, entrySource)}${EDGE_AFTER}`;
}

/**
 * Lower-case, single-spaced key for lookups.
 *
 * @example
 * key("  Hal   Ini ") //=> "hal ini"
 */
export function key(text: string): string {
  const lower = text.toLowerCase();
  return /\s\s|[\t\n\r\u00a0]/.test(lower) ? lower.replace(/\s+/g, " ").trim() : lower.trim();
}

/** Alternation of entries, longest first, without word edges. */
export function wordsInner(entries: readonly string[]): string {
  return alternation(entries, entrySource);
}

