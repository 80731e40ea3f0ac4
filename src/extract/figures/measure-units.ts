/**
 * Units of quantities that are kept as "other" figures though they do not
 * count people (`src/lexicon/measures.yaml`).
 */
import { z } from "zod";
import { loadLexicon } from "../../lexicon/load-lexicon.ts";

const Measures = z.object({ units: z.array(z.string().min(1)) });
let units: Set<string> | undefined;

/**
 * @example
 * isMeasureUnit("km persegi") //=> true
 * isMeasureUnit("desa")       //=> false
 */
export function isMeasureUnit(unit: string | null): boolean {
  units ??= new Set(loadLexicon("measures", Measures).units.map((u) => u.toLowerCase()));
  return unit !== null && units.has(unit.toLowerCase());
}
