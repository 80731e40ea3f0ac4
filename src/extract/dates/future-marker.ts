/**
 * Whether the words around a date put it in the future of the writing:
 * "Mulai Selasa, 14 Juni 2022", "akan mulai memasuki asrama pada Sabtu
 * (17/5/2025)", "Kamis (1/2/2024) mendatang". The words are the `future`
 * and `nextMarkers` lists of `src/lexicon/dates.yaml`.
 */
import { nameKey } from "../../calendar/calendar-names.ts";
import { dateVocabulary } from "./date-vocabulary.ts";
import { wordAfter, wordBefore } from "./text-context.ts";

/** How far back the clause before a date is searched. */
const LOOK_BACK = 160;
/** What ends a clause for the clause words: a full stop, a comma, a semicolon, a colon, a quotation mark, or a relative "yang". */
const CLAUSE_BREAK = /[.!?]\s|[,;:"“”]|\byang\b/giu;
const WORDS = /[\p{L}'’-]+/gu;

/**
 * True when `text` puts the date at `index`–`end` in the future.
 *
 * @example
 * isFutureDate("Mulai Selasa, 14 Juni 2022, jamaah masuk asrama.", 6, 26) //=> true
 * isFutureDate("Jamaah akan masuk asrama pada Sabtu (17/5/2025).", 30, 47) //=> true
 * isFutureDate("Pemerintah akan menaikkan harga, kata menteri pada Senin (3/2).", 51, 62) //=> false
 */
export function isFutureDate(text: string, index: number, end: number): boolean {
  const { future, nextMarkers } = dateVocabulary();
  const after = wordAfter(text, end + (text.slice(end, end + 2).match(/^\)?/u)?.[0].length ?? 0));
  if (after && nextMarkers.has(after.word)) return true;
  let before = wordBefore(text, index);
  if (before?.word === "pada") before = wordBefore(text, before.start);
  if (before && future.before.has(before.word)) return true;
  const twoBefore = before && wordBefore(text, before.start);
  if (before && twoBefore && future.before.has(`${twoBefore.word} ${before.word}`)) return true;
  const clause = text.slice(Math.max(0, index - LOOK_BACK), index);
  const lastBreak = Math.max(...[...clause.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length), 0);
  const words = [...clause.slice(lastBreak).matchAll(WORDS)].map((m) => nameKey(m[0]));
  return words.slice(-future.within - 1).some((w) => future.clause.has(w));
}
