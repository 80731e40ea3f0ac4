/**
 * Text folded for comparison: lower case, no diacritics, one space between
 * words, straight quotes.
 */

/**
 * Fold `text` for a lenient comparison: Unicode-normalised, diacritics
 * dropped, lower case, curly quotes made straight, every run of white space
 * one space, trimmed.
 *
 * @example
 * foldText("  Kyïv\u00a0 “Barat” ")
 * //=> 'kyiv "barat"'
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[“”„‟″]/gu, '"')
    .replace(/[‘’‚‛′`]/gu, "'")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * The words of `text` after folding: runs of letters and digits, so that
 * punctuation and dots separate words ("KOMPAS.TV" is "kompas tv").
 *
 * @example
 * foldWords("TRIBUNNEWS.COM, Jakarta -")
 * //=> ["tribunnews", "com", "jakarta"]
 */
export function foldWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
