/**
 * Places a relative date expression ("kemarin", "pekan lalu", "tahun ini",
 * "akhir pekan", "Senin pekan lalu") on the calendar, counted from the
 * article's date. Weeks run Monday to Sunday.
 */
import { addDays, compareYmd, weekdayOf, type Ymd } from "../../calendar/calendar.ts";
import type { DateExpression } from "./date-expression.ts";
import { daySpan, daysSpan, monthSpan, type Span, yearSpan } from "./date-spans.ts";

const MAX_SHIFT = 100_000;

/** The Monday of the week holding a date. */
function mondayOf(ymd: Ymd): Ymd {
  return addDays(ymd, -((weekdayOf(ymd) + 6) % 7));
}

/**
 * The span of a relative expression, or null without a shift or a reference.
 *
 * @example
 * resolveRelative({ relative: { unit: "week", amount: -1 } } as DateExpression, { year: 2025, month: 2, day: 27 });
 * //=> { iso: "2025-02-17/2025-02-23", precision: "week", start: …, end: …, inferred: true }
 */
export function resolveRelative(expr: DateExpression, ref: Ymd): Span | null {
  const shift = expr.relative;
  if (!shift || !Number.isInteger(shift.amount) || Math.abs(shift.amount) > MAX_SHIFT) return null;
  const { unit, amount } = shift;
  switch (unit) {
    case "day":
      return daySpan(addDays(ref, amount), true);
    case "week": {
      const monday = addDays(mondayOf(ref), 7 * amount);
      if (expr.weekday !== undefined && Number.isInteger(expr.weekday)) {
        return daySpan(addDays(monday, (((expr.weekday + 6) % 7) + 7) % 7), true);
      }
      return daysSpan(monday, addDays(monday, 6), "week", true);
    }
    case "weekend": {
      let saturday = addDays(mondayOf(ref), 7 * amount + 5);
      if (expr.past && amount === 0 && compareYmd(saturday, ref) > 0) saturday = addDays(saturday, -7);
      return daysSpan(saturday, addDays(saturday, 1), "day-range", true);
    }
    case "month": {
      const index = ref.year * 12 + (ref.month - 1) + amount;
      return monthSpan(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1, expr.part, true);
    }
    case "year":
      return yearSpan(ref.year + amount, expr.part, true);
    default:
      return null;
  }
}
