/**
 * Order of strings by UTF-16 code units: the same on every machine, unlike
 * `localeCompare`, whose order depends on the locale (so output stays
 * byte-identical wherever the site is built).
 *
 * @example
 * ["b", "aa", "Z"].sort(compareKeys) //=> ["Z", "aa", "b"]
 */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
