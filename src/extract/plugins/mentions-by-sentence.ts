/**
 * Dated mentions grouped by the sentence that holds them, so steps that look
 * at one sentence at a time do one lookup instead of scanning every mention
 * (which is quadratic on a long article).
 */
import type { Mention } from "../../schema/entry.ts";

/**
 * Group `mentions` by their `sentence` index, keeping their order.
 *
 * @example
 * mentionsBySentence([{ sentence: 0, text: "Senin" }, { sentence: 2, text: "Januari" }, { sentence: 0, text: "2025" }])
 * //=> Map { 0 => [Senin, 2025], 2 => [Januari] }
 */
export function mentionsBySentence(mentions: readonly Mention[]): Map<number | null, Mention[]> {
  const groups = new Map<number | null, Mention[]>();
  for (const m of mentions) {
    const group = groups.get(m.sentence);
    if (group) group.push(m);
    else groups.set(m.sentence, [m]);
  }
  return groups;
}
