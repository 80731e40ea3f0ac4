/**
 * Date expressions placed on the calendar against an article's publication
 * date: the article's dated mentions.
 */
import type { Mention, Place } from "../../schema/entry.ts";
import type { DateExpression } from "./date-expression.ts";
import { resolveDate } from "./resolve-date.ts";

/** Date expressions of one sentence (index `sentence`), or of a removed line (`sentence` null). */
export interface DatesAt {
  dates: readonly DateExpression[];
  /** Where the text holding them starts in the file. */
  place: Place;
  sentence: number | null;
}

/**
 * Every expression that `resolveDate` can place against `published` (the
 * last day the article can be from; null for an undated article, whose
 * mentions are placed only when they write their own year), in file order.
 *
 * @example
 * placeMentions([{ dates: scanDates("… Rabu (5/2)."), place, sentence: 1 }], "2025-02-05")
 * //=> [{ text: "Rabu (5/2)", iso: "2025-02-05", precision: "day", weekday: true, sentence: 1, … }]
 */
export function placeMentions(groups: readonly DatesAt[], published: string | null): Mention[] {
  const mentions: Mention[] = [];
  for (const { dates, place, sentence } of groups) {
    for (const expr of dates) {
      const resolved = resolveDate(expr, published === null ? null : { date: published });
      if (!resolved) continue;
      mentions.push({
        text: expr.text,
        ...resolved,
        place: { line: place.line, column: place.column + expr.index, offset: place.offset + expr.index },
        sentence,
      });
    }
  }
  return mentions.sort((a, b) => a.place.offset - b.place.offset);
}
