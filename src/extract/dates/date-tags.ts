/**
 * What the date parsers note on chrono's results beyond calendar components:
 * the part of a month or year, a shift from the article's date, and the
 * "lalu"/"depan" markers. They travel as chrono tags (`date/...`) so that
 * chrono's own refiners carry them along when they clone or merge results.
 */
import type { DatePart, RelativeShift, RelativeUnit } from "./date-expression.ts";

export const PAST_TAG = "date/past";
/** A numeric date whose written year cannot be a year ("15/07/22021", "12/08/3025"): its year is unknown. */
export const GARBLED_YEAR_TAG = "date/garbled-year";
export const NEXT_TAG = "date/next";
const PART_PREFIX = "date/part:";
const RELATIVE_PREFIX = "date/relative:";

/** The tag for a part of a month or year. */
export function partTag(part: DatePart): string {
  return PART_PREFIX + part;
}

/** The tag for a shift from the article's date ("date/relative:year:-1"). */
export function relativeTag(unit: RelativeUnit, amount: number): string {
  return `${RELATIVE_PREFIX}${unit}:${amount}`;
}

export interface DateTags {
  part?: DatePart;
  relative?: RelativeShift;
  past: boolean;
  next: boolean;
}

const PARTS = new Set<string>(["early", "mid", "late"]);
const UNITS = new Set<string>(["day", "week", "weekend", "month", "year"]);

/**
 * Read the date tags back from a tag set.
 *
 * @example
 * readDateTags(new Set(["date/relative:year:-1", "date/past"]));
 * //=> { past: true, next: false, relative: { unit: "year", amount: -1 } }
 */
export function readDateTags(tags: Iterable<string>): DateTags {
  const out: DateTags = { past: false, next: false };
  for (const tag of tags) {
    if (tag === PAST_TAG) out.past = true;
    else if (tag === NEXT_TAG) out.next = true;
    else if (tag.startsWith(PART_PREFIX)) {
      const part = tag.slice(PART_PREFIX.length);
      if (PARTS.has(part)) out.part = part as DatePart;
    } else if (tag.startsWith(RELATIVE_PREFIX)) {
      const [unit, amount] = tag.slice(RELATIVE_PREFIX.length).split(":");
      const n = Number(amount);
      if (unit !== undefined && UNITS.has(unit) && Number.isInteger(n)) out.relative = { unit: unit as RelativeUnit, amount: n };
    }
  }
  return out;
}
