/**
 * The loop the merging refiners share: walk the results in order and, where
 * a result and the one after it make one expression, put the merged result
 * in their place.
 */
import type { ParsingResult } from "chrono-node";

/**
 * `merge(cur, next)` returns the result standing for both, or null to keep
 * `cur` as it is.
 *
 * @example
 * mergeAdjacent([weekday, date, other], (a, b) => (a === weekday ? joined : null))
 * //=> [joined, other]
 */
export function mergeAdjacent(
  results: ParsingResult[],
  merge: (cur: ParsingResult, next: ParsingResult) => ParsingResult | null,
): ParsingResult[] {
  const out: ParsingResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const cur = results[i]!;
    const next = results[i + 1];
    const merged = next ? merge(cur, next) : null;
    out.push(merged ?? cur);
    if (merged) i++;
  }
  return out;
}
