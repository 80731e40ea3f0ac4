/**
 * Reads a numeral written in digits by the Indonesian convention: "." groups
 * thousands, "," is the decimal point.
 */

const LEADING_ZERO = /^0[0-9]/;
const PLAIN = /^[0-9]+$/;
const GROUPED = /^[0-9]{1,3}(?:\.[0-9]{3})+$/; // 10.000, 1.060.000
const GROUPED_DECIMAL = /^[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+$/; // 1.234,5
const DECIMAL = /^[0-9]+,[0-9]+$/; // 2,5
const ENGLISH_THOUSANDS = /^[0-9]{1,3},[0-9]{3}$/; // 11,000 (translated text)
const ENGLISH_GROUPED = /^[0-9]{1,3}(?:,[0-9]{3}){2,}$/; // 1,060,000
const ENGLISH_DECIMAL = /^[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]{1,2}$/; // 1,234.5
const DOT_DECIMAL = /^[0-9]+\.[0-9]{1,2}$/; // 9.5 (informal)

function finite(v: number): number | null {
  return Number.isFinite(v) && v >= 0 ? v : null;
}

/**
 * The value of a digit numeral, or null when it is not a plain quantity
 * (a date "4/2/2025", a time "16:59", a code "003", a section "1.2.3").
 * `scaled` says whether a scale word follows ("2,500 juta"), which keeps a
 * comma before three digits a decimal point; without one, "11,000" is read
 * as English-style eleven thousand.
 *
 * @example
 * [readNumeral("1.060.000", false), readNumeral("2,5", true), readNumeral("4/2/2025", false)];
 * //=> [1060000, 2.5, null]
 */
export function readNumeral(text: string, scaled: boolean): number | null {
  if (text.length === 0 || text.length > 400) return null;
  if (LEADING_ZERO.test(text)) return null; // a code ("003"), but "0,5" is a number
  if (PLAIN.test(text)) return finite(Number(text));
  if (GROUPED.test(text)) return finite(Number(text.replaceAll(".", "")));
  if (GROUPED_DECIMAL.test(text)) return finite(Number(text.replaceAll(".", "").replace(",", ".")));
  if (!scaled && ENGLISH_THOUSANDS.test(text)) return finite(Number(text.replace(",", "")));
  if (DECIMAL.test(text)) return finite(Number(text.replace(",", ".")));
  if (ENGLISH_GROUPED.test(text)) return finite(Number(text.replaceAll(",", "")));
  if (ENGLISH_DECIMAL.test(text)) return finite(Number(text.replaceAll(",", "")));
  if (DOT_DECIMAL.test(text)) return finite(Number(text));
  return null;
}
