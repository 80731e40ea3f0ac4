/**
 * Ledgers: for each category of North Korean troop figures, every estimate
 * across all articles, ordered by the time it holds for.
 */
import { CATEGORIES, type Entry } from "../schema/entry.ts";
import type { Ledger, LedgerItem } from "../schema/digest.ts";
import { whenOfFigure } from "./when-of-figure.ts";
import { compareKeys } from "../text/compare-keys.ts";

/**
 * Every troop figure of every entry as a ledger item ("other" is not a troop
 * count and stays out, and so does a figure of an undated article that no
 * date of its own places in time: it stays on its article's page).
 */
export function ledgerItems(entries: readonly Entry[]): LedgerItem[] {
  return entries.flatMap((entry) =>
    entry.figures.flatMap((f, figure) => {
      const when = whenOfFigure(entry, f);
      return f.category === "other" || when === null
        ? []
        : [
            {
              category: f.category,
              entry: entry.id,
              entryTitle: entry.title,
              outlet: entry.source.outlet,
              published: entry.published?.date ?? null,
              claimant: { id: f.claimant.id, name: f.claimant.name, known: f.claimant.known },
              min: f.min,
              max: f.max,
              bound: f.bound,
              vague: f.vague,
              hedge: f.hedge,
              text: f.text,
              quote: f.quote,
              when,
              figure,
              chain: f.chain,
            },
          ];
    }),
  );
}

/**
 * One ledger per category that has figures, in the schema's category order;
 * items by time, then by value.
 *
 * @example
 * buildLedgers(entries).map((l) => [l.category, l.items.length])
 * //=> [["deployed", 6], ["additional_deployed", 2], ["killed", 4], …]
 */
export function buildLedgers(entries: readonly Entry[]): Ledger[] {
  const items = ledgerItems(entries);
  return CATEGORIES.filter((c) => c !== "other")
    .map((category) => ({
      category,
      items: items
        .filter((i) => i.category === category)
        .sort((a, b) => compareKeys(a.when.start, b.when.start) || compareKeys(a.when.end, b.when.end) || (a.min ?? 0) - (b.min ?? 0) || compareKeys(a.entry, b.entry)),
    }))
    .filter((l) => l.items.length > 0);
}
