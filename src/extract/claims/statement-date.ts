/**
 * Which dated mention of a claim's sentence says when the claim was made.
 */
import type { Mention } from "../../schema/entry.ts";

/**
 * A mention dates the statement itself when it names a weekday ("pada Selasa
 * (4/2/2025)"), opens the sentence ("Pada Januari, NIS memperkirakan …") or
 * follows the reporting verb ("mengatakan pada Desember 2024").
 *
 * @example
 * isStatementDate("NIS mengatakan pada Desember 2024 bahwa …", 0, mentionOf("Desember 2024"), "mengatakan") //=> true
 * isStatementDate("NIS mengatakan pasukan tiba pada Desember 2024.", 0, mentionOf("Desember 2024"), "mengatakan") //=> false
 */
export function isStatementDate(sentence: string, sentenceOffset: number, m: Mention, marker: string | null): boolean {
  if (m.weekday && !m.relative) return true;
  const at = m.place.offset - sentenceOffset;
  const before = sentence.slice(0, at);
  if (/^\s*pada\s+(?:hari\s+)?$/iu.test(before)) return true;
  if (marker === null) return false;
  const window = before.slice(-60).toLowerCase();
  const verb = window.lastIndexOf(marker.toLowerCase());
  return verb >= 0 && /\bpada\s+(?:hari\s+)?$/u.test(window) && window.length - verb <= 60;
}
