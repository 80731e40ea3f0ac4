/**
 * A chrono parser for dates counted from the article's own date: "kemarin",
 * "hari ini", "tahun lalu", "tahun ini", "pekan lalu", "minggu lalu" (a week,
 * lowercase), "bulan depan", "dua tahun lalu", "seminggu yang lalu",
 * "113 tahun lalu", "akhir pekan" (the weekend). The shift travels as a
 * `date/relative:<unit>:<amount>` tag; no calendar component is set, since
 * none is written.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { PAST_TAG, relativeTag } from "../date-tags.ts";
import type { RelativeUnit } from "../date-expression.ts";
import { nameKey } from "../../../calendar/calendar-names.ts";
import { once } from "../../../lexicon/define-lexicon.ts";
import { dateVocabulary } from "../date-vocabulary.ts";
import { isBoundaryBefore, wordBefore, WORD_CLASS as W } from "../text-context.ts";
import { isSundayWord } from "./weekday-parser.ts";

const PATTERN = once(() => {
  const S = dateVocabulary().source;
  return new RegExp(
    `(?<![${W}])(?:` +
      `(${S.weekend})(?:\\s{1,3}(${S.modifier}))?` +
      `|(?:(\\d{1,4}|${S.number}|${S.vague})\\s{1,3}|(se)(?=${S.unit}))?(${S.unit})\\s{1,3}(${S.modifier}|${S.ago})` +
      `|(${S.relativeDay})` +
      `)(?![${W}])`,
    "i",
  );
});
const MAX_COUNT = 1000;

/** The count before a unit word: a number, a number word, "se-", or null when none or vague. */
function readCount(countText: string | undefined, se: string | undefined): number | null | undefined {
  if (se !== undefined) return 1;
  if (countText === undefined) return undefined;
  const key = nameKey(countText);
  if (/^\d+$/.test(key)) {
    const n = Number(key);
    return n > 0 && n <= MAX_COUNT ? n : null;
  }
  return dateVocabulary().numbers.get(key) ?? null;
}

export class RelativeParser implements Parser {
  pattern(): RegExp {
    return PATTERN();
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const text = context.text;
    const [whole, weekend, weekendModifier, countText, se, unitText, modifierText, dayPhrase] = match;
    const index = match.index ?? 0;
    if (!isBoundaryBefore(text, index)) return null;
    // "48.240 bulan lalu" is a count of 48,240 and "last month", not 240 months ago.
    if (countText !== undefined && /^\d/.test(countText) && /\d[.,]$/.test(text.slice(Math.max(0, index - 2), index))) return null;
    const components = context.createParsingComponents();
    if (weekend !== undefined) {
      const amount = weekendModifier === undefined ? 0 : dateVocabulary().modifiers.get(nameKey(weekendModifier));
      if (amount === undefined) return null;
      components.addTag(relativeTag("weekend", amount));
      if (weekendModifier === undefined) components.addTag(PAST_TAG);
      return context.createParsingResult(index, whole, components);
    }
    if (dayPhrase !== undefined) {
      const amount = dateVocabulary().relativeDays.get(nameKey(dayPhrase));
      if (amount === undefined) return null;
      components.addTag(relativeTag("day", amount));
      return context.createParsingResult(index, whole, components);
    }
    if (unitText === undefined || modifierText === undefined) return null;
    const unitKey = nameKey(unitText);
    const unit: RelativeUnit | undefined = dateVocabulary().relativeUnits.get(unitKey);
    if (unit === undefined) return null;
    const count = readCount(countText, se);
    if (count === null) return null;
    const modifier = nameKey(modifierText);
    let amount: number | undefined;
    if (count !== undefined) {
      if (!dateVocabulary().ago.has(modifier)) return null;
      amount = -count;
    } else {
      const before = wordBefore(text, index);
      if (before && (/^\d/.test(before.word) || dateVocabulary().numbers.has(before.word) || dateVocabulary().vague.has(before.word))) return null;
      if (unit === "day" && modifier !== "ini") return null;
      if (dateVocabulary().weekdays.has(unitKey) && isSundayWord(text, index, index + unitText.length, true)) return null;
      amount = dateVocabulary().modifiers.get(modifier) ?? (dateVocabulary().ago.has(modifier) ? -1 : undefined);
    }
    if (amount === undefined) return null;
    components.addTag(relativeTag(unit, amount));
    return context.createParsingResult(index, whole, components);
  }
}
