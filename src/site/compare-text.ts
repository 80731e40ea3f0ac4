/**
 * Orderings that never depend on the machine's locale: the same articles
 * must give the same site byte for byte wherever it is built.
 */

import { compareKeys } from "../text/compare-keys.ts";

/** Keys (ISO dates, file names, ids) by their code units; shared with the digest. */
export { compareKeys };

const NAMES = new Intl.Collator("id", { sensitivity: "variant", numeric: true });

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
