/**
 * Counts of people that are no figure of their own: the size of each
 * formation ("lima tentara yang masing-masing terdiri dari 2.000 hingga 3.000
 * tentara", "Ukuran satu batalion dapat bervariasi … hingga sekitar 1.000"),
 * the count of the formations themselves ("lima tentara yang masing-masing
 * …"), and the breakdown of a group just counted ("korban terluka itu
 * adalah dua perwira dan seorang perempuan").
 */
import { categoryWords } from "./category-lexicon.ts";
import type { SentenceView } from "./sentence-view.ts";

/** What a count stands for, when it is not a figure of its own. */
export type Role = "formations" | "size" | "breakdown";

/** How far back "masing-masing" or "ukuran" may stand before the number. */
const SIZE_REACH = 10;

function lower(view: SentenceView, k: number): string {
  return view.tokens[k]?.lower ?? "";
}

/** "lima tentara yang masing-masing …": the noun of the count is then sized, so the count counts formations. */
function countsFormations(view: SentenceView, qi: number): boolean {
  const span = view.spans[qi];
  if (span === undefined) return false;
  let k = span.unitLast + 1;
  if (lower(view, k) === "yang") k++;
  return categoryWords().formations.each.has(lower(view, k));
}

/** An "each" word, or a "size" word with a formation noun, before the number in its clause. */
function sizesFormation(view: SentenceView, qi: number): boolean {
  const span = view.spans[qi];
  if (span === undefined) return false;
  const { each, size, units } = categoryWords().formations;
  for (let k = span.first - 1; k >= 0 && k >= span.first - SIZE_REACH; k--) {
    if (view.breaks[k + 1]) return false;
    const w = lower(view, k);
    if (each.has(w)) return true;
    if (size.has(w) && (units.has(lower(view, k + 1)) || units.has(lower(view, k + 2)))) return true;
  }
  return false;
}

/**
 * "… itu adalah dua perwira": a breakdown word with a demonstrative a few
 * words before it, after a sentence that counted the group.
 */
function breaksDown(view: SentenceView, qi: number, depth = 0): boolean {
  const span = view.spans[qi];
  if (span === undefined || (view.previous?.count ?? null) === null) return false;
  const before = span.first - 1;
  if (categoryWords().breakdown.has(lower(view, before))) {
    for (let k = before - 1; k >= 0 && k >= before - 3; k--) {
      if (categoryWords().demonstratives.has(lower(view, k))) return true;
    }
    return false;
  }
  // "… dua perwira dan seorang perempuan": joined to a count that breaks down.
  const prev = view.spans[qi - 1];
  return depth < 4 && prev !== undefined && prev.unitLast === before - 1 && categoryWords().joiners.has(lower(view, before)) && breaksDown(view, qi - 1, depth + 1);
}

/**
 * Why quantity `qi` is no figure of its own, or null when it is one.
 *
 * @example
 * const v = sentenceView("Korea Utara akan mengumpulkan lima tentara yang masing-masing terdiri dari 2.000 tentara.");
 * [formationRole(v, 0), formationRole(v, 1)] //=> ["formations", "size"]
 */
export function formationRole(view: SentenceView, qi: number): Role | null {
  if (countsFormations(view, qi)) return "formations";
  if (sizesFormation(view, qi)) return "size";
  if (breaksDown(view, qi)) return "breakdown";
  return null;
}
