/**
 * Pairs the gold figures of one file with the entry's figures.
 *
 * Values: equal `min` and `max`; a gold figure stands for "lebih dari /
 * setidaknya / sekitar N" as min = max = N, so an entry's open "N or more"
 * (min N, max null) matches it too. Recall pairs each gold figure with at
 * most one entry figure (same value; the same category and words of the
 * same sentence are preferred). Precision looks from the entry's side: the
 * gold records a figure repeated for the same claim once, so every entry
 * figure of a gold value counts as found, however often the article
 * repeats it; an entry figure repeated is not a false one. A vague
 * magnitude ("ribuan tentara") is kept by the parser, flagged `vague`, but
 * the gold records only counts with a number, so a vague troop figure is
 * left out of precision (neither found nor false) and counted apart.
 */
import type { Figure } from "../schema/entry.ts";
import { foldWords } from "./fold-text.ts";
import type { GoldFigure } from "./gold-schema.ts";

type Value = { min: number | null; max: number | null };

/**
 * True when the entry figure `got` has the value of the gold figure `gold`.
 *
 * @example
 * valueMatches({ min: 10000, max: 10000 }, { min: 10000, max: null }) //=> true
 * valueMatches({ min: 10000, max: 10000 }, { min: null, max: 10000 }) //=> false
 */
export function valueMatches(gold: Value, got: Value): boolean {
  if (got.min === gold.min && got.max === gold.max) return true;
  return gold.min === gold.max && got.min === gold.min && got.max === null;
}

/** A troop figure is any category but "other". */
export const isTroop = (category: string): boolean => category !== "other";

/** True when the two passages share at least half the words of the shorter. */
function sameWords(a: string, b: string): boolean {
  const x = new Set(foldWords(a));
  const y = new Set(foldWords(b));
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared > 0 && shared >= Math.min(x.size, y.size) / 2;
}

export interface FigurePair {
  gold: GoldFigure;
  /** The entry figure of the same value, or null when missed. */
  got: Figure | null;
}

export interface EntryFigureVerdict {
  figure: Figure;
  /** A gold troop figure has its value. */
  byValue: boolean;
  /** A gold figure has its value and its category. */
  byCategory: boolean;
  /** The gold categories of its value, when the category differs ("other" when gold holds it as no troop count). */
  goldCategories: string[];
}

export interface FigureMatch {
  pairs: FigurePair[];
  /** Every troop figure of the entry with a number (not vague), judged. */
  troops: EntryFigureVerdict[];
  /** The entry's vague troop figures ("ratusan tentara"), left out of precision. */
  vague: Figure[];
}

/**
 * Match `gold` against the entry's `figures`.
 *
 * @example
 * const { pairs, troops } = matchFigures([{ min: 300, max: 300, what: "killed", attributed_to: "NIS", quote: "300 tentara tewas" }], figures);
 * pairs[0].got?.category //=> "killed"
 * troops.filter((t) => !t.byValue).length //=> 0
 */
export function matchFigures(gold: readonly GoldFigure[], figures: readonly Figure[]): FigureMatch {
  const used = new Set<Figure>();
  const pairs: FigurePair[] = gold.map((g) => ({ gold: g, got: null }));
  const tiers: ((g: GoldFigure, f: Figure) => boolean)[] = [
    (g, f) => f.category === g.what && sameWords(g.quote, f.quote),
    (g, f) => f.category === g.what,
    (g, f) => sameWords(g.quote, f.quote),
    () => true,
  ];
  for (const tier of tiers) {
    for (const pair of pairs) {
      if (pair.got) continue;
      const hit = figures.find((f) => !used.has(f) && valueMatches(pair.gold, f) && tier(pair.gold, f));
      if (hit) {
        pair.got = hit;
        used.add(hit);
      }
    }
  }
  const troops = figures
    .filter((f) => isTroop(f.category) && !f.vague)
    .map((f) => {
      const same = gold.filter((g) => valueMatches(g, f));
      return {
        figure: f,
        byValue: same.some((g) => isTroop(g.what)),
        byCategory: same.some((g) => g.what === f.category),
        goldCategories: [...new Set(same.map((g) => g.what))],
      };
    });
  return { pairs, troops, vague: figures.filter((f) => isTroop(f.category) && f.vague) };
}
