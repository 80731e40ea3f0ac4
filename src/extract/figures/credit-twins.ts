/**
 * A lead often states a figure the article attributes further down ("Sekitar
 * 600 tentara … dilaporkan gugur" … "anggota parlemen … termasuk 600 yang
 * kehilangan nyawa"): an unattributed figure in the body takes the claimant
 * of the same figure attributed elsewhere in the article.
 */
import type { Claimant } from "../../schema/entry.ts";

interface Credited {
  category: string;
  min: number | null;
  max: number | null;
  claimant: Claimant;
  reason: string;
  sentence: number | null;
}

/** Figures with the same key state the same count of the same thing. */
const twinKey = (f: Credited): string => `${f.category}|${f.min}|${f.max}`;

/**
 * `figures` with each unattributed body figure credited to the first
 * attributed figure of the same category and value, the reason saying so.
 *
 * @example
 * creditTwins([{ category: "killed", min: 600, max: 600, claimant: outlet, sentence: 0, … },
 *              { category: "killed", min: 600, max: 600, claimant: lawmaker, sentence: 7, … }])[0].claimant
 * //=> lawmaker (reason ends "; claimant from the same figure in sentence 8")
 */
export function creditTwins<F extends Credited>(figures: readonly F[]): F[] {
  const twins = new Map<string, F>();
  for (const f of figures) if (f.claimant.kind !== "self" && !twins.has(twinKey(f))) twins.set(twinKey(f), f);
  return figures.map((f) => {
    if (f.claimant.kind !== "self" || f.sentence === null) return f;
    const twin = twins.get(twinKey(f));
    if (!twin) return f;
    return { ...f, claimant: twin.claimant, reason: `${f.reason}; claimant from the same figure in sentence ${(twin.sentence ?? 0) + 1}` };
  });
}
