/**
 * A lead or a headline often states a figure the article attributes further
 * down ("Sekitar 600 tentara … dilaporkan gugur" … "anggota parlemen …
 * termasuk 600 yang kehilangan nyawa"): an unattributed figure takes the
 * claimant of the same figure attributed elsewhere in the article. The same
 * figure is the same count of the same thing, however its bound is written:
 * "100 tentara … tewas" repeats "lebih dari 100 tentara … telah tewas".
 */
import type { Claimant } from "../../schema/entry.ts";

interface Credited {
  category: string;
  min: number | null;
  max: number | null;
  vague: boolean;
  claimant: Claimant;
  reason: string;
  sentence: number | null;
}

/**
 * Figures with the same key state the same count of the same thing: the
 * category and the number as written (an open "lebih dari 100" and "100"
 * are both 100; a range keeps both ends). A vague magnitude has no twin.
 */
function twinKey(f: Credited, category: string = f.category): string | null {
  if (f.vague) return null;
  const range = f.min !== null && f.max !== null && f.min !== f.max;
  return range ? `${category}|${f.min}|${f.max}` : `${category}|${f.min ?? f.max}`;
}

const SPLIT = new Set(["killed", "wounded"]);

/**
 * The key under which casualties and killed or wounded meet: a headline's
 * "kehilangan 4.000" (killed) may be the body's "4.000, tewas maupun
 * terluka" (casualties). Killed and wounded never meet each other.
 */
function umbrellaKey(f: Credited, casualties: boolean): string | null {
  const fits = casualties ? f.category === "casualties" : SPLIT.has(f.category);
  return fits ? twinKey(f, "losses") : null;
}

/**
 * `figures` with each unattributed figure (of the headline or a sentence)
 * credited to the first attributed figure of the same category and number,
 * else of the same number as casualties where it is killed or wounded (or
 * the reverse), the reason saying so.
 *
 * @example
 * creditTwins([{ category: "killed", min: 600, max: 600, claimant: outlet, sentence: 0, … },
 *              { category: "killed", min: 600, max: 600, claimant: lawmaker, sentence: 7, … }])[0].claimant
 * //=> lawmaker (reason ends "; claimant from the same figure in sentence 8")
 */
export function creditTwins<F extends Credited>(figures: readonly F[]): F[] {
  const twins = new Map<string, F>();
  for (const f of figures) {
    if (f.claimant.kind === "self") continue;
    for (const key of [twinKey(f), umbrellaKey(f, true) && `c|${umbrellaKey(f, true)}`, umbrellaKey(f, false) && `s|${umbrellaKey(f, false)}`]) {
      if (key !== null && !twins.has(key)) twins.set(key, f);
    }
  }
  return figures.map((f) => {
    const key = twinKey(f);
    if (f.claimant.kind !== "self" || key === null) return f;
    // The same category first; else casualties for killed or wounded, and killed or wounded for casualties.
    const cas = umbrellaKey(f, true);
    const split = umbrellaKey(f, false);
    const twin = twins.get(key) ?? (cas !== null ? twins.get(`s|${cas}`) : split !== null ? twins.get(`c|${split}`) : undefined);
    if (!twin) return f;
    return { ...f, claimant: twin.claimant, reason: `${f.reason}; claimant from the same figure in sentence ${(twin.sentence ?? 0) + 1}` };
  });
}
