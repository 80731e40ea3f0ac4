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
 * const groups = mentionsBySentence(entry.mentions); // seeds/000_022d6d6978ebefb1.txt
 * groups.get(0)?.map((m) => m.text) //=> ["Selasa (4/2/2025)", "pertengahan Januari"]
 * groups.get(1)?.map((m) => m.text) //=> ["Rabu (5/2)"]
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
