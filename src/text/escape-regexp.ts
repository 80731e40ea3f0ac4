/**
 * Text as a regular expression: written characters escaped, so that words
 * from a lexicon match as written.
 */

/**
 * `text` with every character that means something in a regular
 * expression escaped.
 *
 * @example
 * escapeRegExp("Liputan6.com (AS)") //=> "Liputan6\\.com \\(AS\\)"
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * A phrase as a regular expression: escaped, any run of spaces in it
 * matching any run of whitespace.
 *
 * @example
 * phrasePattern("sampai  dengan") //=> "sampai\\s+dengan"
 */
export function phrasePattern(phrase: string): string {
  return escapeRegExp(phrase).replace(/\s+/g, "\\s+");
}
