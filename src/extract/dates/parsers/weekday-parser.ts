/**
 * A chrono parser for weekday names: "Rabu", "pada Kamis", "Jum'at",
 * "Senin lalu", "Senin pekan lalu". A bare weekday is common in Antara-style
 * copy ("…, kata dia di Jakarta, Rabu."). "Minggu" is Sunday only where it
 * cannot be the word for a week (see `isSundayWord`).
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { NEXT_TAG, PAST_TAG, relativeTag } from "../date-tags.ts";
import { nameKey } from "../../../calendar/calendar-names.ts";
import { once } from "../../../lexicon/define-lexicon.ts";
import { dateVocabulary } from "../date-vocabulary.ts";
import { isBoundaryBefore, isCapital, isSentenceStart, wordAfter, wordBefore, WORD_CLASS as W } from "../text-context.ts";

const PATTERN = once(() => {
  const S = dateVocabulary().source;
  return new RegExp(
    `(?<![${W}])(${S.weekday})(?![${W}])` +
      `(?:\\s{1,3}(?:(pekan|minggu)\\s{1,3})?(${S.past}|${S.next}|ini)(?![${W}]))?`,
    "i",
  );
});

/**
 * Whether a weekday name that is also a week word ("Minggu") means Sunday:
 * capitalised, not after a count ("2 Minggu"), not before "ke-" ("Minggu
 * ke-3"), and not a sentence-opening "Minggu lalu" (last week).
 *
 * @example
 * isSundayWord("pada Minggu (15/12)", 5, 11, false); //=> true
 * isSundayWord("Minggu lalu, ia datang", 0, 6, true); //=> false
 */
export function isSundayWord(text: string, index: number, end: number, hasModifier: boolean): boolean {
  if (!isCapital(text, index)) return false;
  const before = wordBefore(text, index);
  if (before?.word === "hari") return true;
  if (before && (/^\d/.test(before.word) || dateVocabulary().weekCounts.has(before.word))) return false;
  const after = wordAfter(text, end);
  if (after && (after.word === "ke" || after.word.startsWith("ke-"))) return false;
  return !(hasModifier && isSentenceStart(text, index));
}

export class WeekdayParser implements Parser {
  pattern(): RegExp {
    return PATTERN();
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const text = context.text;
    const [whole, name, weekWord, modifierText] = match;
    const index = match.index ?? 0;
    if (name === undefined || !isBoundaryBefore(text, index) || !isCapital(text, index)) return null;
    const key = nameKey(name);
    const weekday = dateVocabulary().weekdays.get(key);
    if (weekday === undefined) return null;
    if (dateVocabulary().relativeUnits.has(key) && !isSundayWord(text, index, index + name.length, modifierText !== undefined)) return null;
    const components = context.createParsingComponents({ weekday });
    if (modifierText === undefined) return context.createParsingResult(index, name, components);
    const modifier = nameKey(modifierText);
    if (weekWord !== undefined) {
      const amount = dateVocabulary().modifiers.get(modifier);
      if (amount === undefined) return context.createParsingResult(index, name, components);
      components.addTag(relativeTag("week", amount));
    } else if (modifier === "ini") {
      components.addTag(relativeTag("week", 0));
    } else {
      components.addTag(dateVocabulary().nextMarkers.has(modifier) ? NEXT_TAG : PAST_TAG);
    }
    return context.createParsingResult(index, whole, components);
  }
}
