/**
 * Units of quantities that are kept as "other" figures though they do not
 * count people (`src/lexicon/measures.yaml`).
 */
import { z } from "zod";
import { defineLexicon } from "../../lexicon/define-lexicon.ts";

const Measures = z.object({ units: z.array(z.string().min(1)) });
const units = defineLexicon("measures", Measures, (file) => new Set(file.units.map((u) => u.toLowerCase())));

/**
 * @example
 * isMeasureUnit("km persegi") //=> true
 * isMeasureUnit("desa")       //=> false
 */
export function isMeasureUnit(unit: string | null): boolean {
  return unit !== null && units().has(unit.toLowerCase());
}
