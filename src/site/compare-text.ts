/**
 * Orderings that never depend on the machine's locale: the same articles
 * must give the same site byte for byte wherever it is built.
 */

const NAMES = new Intl.Collator("id", { sensitivity: "variant", numeric: true });

/**
 * Order keys (ISO dates, file names, ids) by their code units.
 *
 * @example
 * ["zulu.txt", "aabenraa.txt"].sort(compareKeys) //=> ["aabenraa.txt", "zulu.txt"]
 */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Order names for readers: Indonesian collation whatever the machine's
 * locale, code units to break ties.
 *
 * @example
 * ["nis", "GUR", "Åland"].sort(compareNames) //=> ["Åland", "GUR", "nis"]
 */
export function compareNames(a: string, b: string): number {
  return NAMES.compare(a, b) || compareKeys(a, b);
}
