/**
 * The compact figures of a timeline item: an entry's troop counts by
 * category, "tewas: 300 · luka: 2.700".
 */
import { CATEGORIES, type Category, type Entry } from "../schema/entry.ts";
import { formatCount } from "./format-count.ts";
import { CATEGORY_SHORT } from "./labels.ts";

export interface HeadlineFigure {
  category: Category;
  label: string;
  /** The distinct values of that category, in the order the text gives them. */
  values: string[];
}

/**
 * The entry's troop figures (not "other"), one item per category in the
 * schema's order, each distinct value once.
 *
 * @example
 * headlineFigures(entry).map((f) => `${f.label}: ${f.values.join("; ")}`).join(" · ")
 * //=> "dikerahkan: 11.000; 10.000–12.000 · tambahan: 1.000–3.000 · tewas: 300 · luka: 2.700 · korban: 4.000"
 */
export function headlineFigures(entry: Pick<Entry, "figures">): HeadlineFigure[] {
  const byCategory = new Map<Category, Set<string>>();
  for (const figure of entry.figures) {
    if (figure.category === "other") continue;
    const values = byCategory.get(figure.category) ?? new Set<string>();
    values.add(formatCount(figure.min, figure.max));
    byCategory.set(figure.category, values);
  }
  return CATEGORIES.filter((c) => byCategory.has(c)).map((category) => ({
    category,
    label: CATEGORY_SHORT[category],
    values: [...byCategory.get(category)!],
  }));
}
