/**
 * The time a figure refers to: the dated mention of its sentence nearest to
 * it within its clause, or else the date its claim was stated.
 */
import type { Mention } from "../../schema/entry.ts";

/** A date this close to a figure (in characters) can be the time it refers to. */
const NEAR = 90;
/** A clause opening between a figure and a later date means the date belongs to that clause. */
const CLAUSE_BREAK = /,\s*(?:tempat|yang|ketika|saat|di mana|sementara)\b/iu;

/**
 * The mention of `sentence` nearest to the words at `span` (offsets in the
 * sentence), within NEAR characters and the figure's clause; else `fallback`.
 * "Pada Januari, NIS memperkirakan … 300 tewas" refers to January, but in
 * "… 10.000 tentaranya … di Kursk, tempat Ukraina menyerang pada Agustus
 * 2024" August is the incursion's date, not the deployment's.
 *
 * @example
 * figureDate({ text: "Pada Januari, NIS memperkirakan 300 tewas.", offset: 0 }, { from: 32, to: 35 }, [januari], null)
 * //=> januari (the mention "Januari", 17 characters before the figure)
 */
export function figureDate(
  sentence: { text: string; offset: number },
  span: { from: number; to: number },
  mentions: readonly Mention[],
  fallback: Mention | null,
): Mention | null {
  let best: { m: Mention; gap: number } | null = null;
  for (const m of mentions) {
    const start = m.place.offset - sentence.offset;
    const end = start + m.text.length;
    const gap = start >= span.to ? start - span.to : span.from >= end ? span.from - end : 0;
    if (gap > NEAR || (start >= span.to && CLAUSE_BREAK.test(sentence.text.slice(span.to, start)))) continue;
    if (!best || gap < best.gap) best = { m, gap };
  }
  return best?.m ?? fallback;
}
