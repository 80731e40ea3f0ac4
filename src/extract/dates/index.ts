/**
 * The date normaliser for Indonesian news text: `scanDates` finds date
 * expressions without a reference date, `resolveDate` places them on the
 * calendar against the article's own date.
 */
export type { DateComponents, DateExpression, DatePart, DateReference, RelativeShift, RelativeUnit, ResolvedDate } from "./date-expression.ts";
export { isFullySpecified, resolveDate } from "./resolve-date.ts";
export { scanDates } from "./scan-dates.ts";
