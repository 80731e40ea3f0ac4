/**
 * Plain calendar arithmetic on `{ year, month, day }` values (proleptic
 * Gregorian, UTC, no time zones): day numbers, weekdays, month lengths and
 * `YYYY-MM-DD` strings. Years are kept to 1000–9999 so every ISO string has
 * four digits.
 */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;
const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the year is in range and the month and day exist. */
export function isValidYmd(ymd: Ymd): boolean {
  const { year, month, day } = ymd;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 (negative before); a day past its month's end counts on into the next month. */
export function toDayNumber(ymd: Ymd): number {
  // Days from the civil date, in integer arithmetic (no Date objects on a hot path).
  const y = ymd.month <= 2 ? ymd.year - 1 : ymd.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (ymd.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + ymd.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number. */
export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The date `days` after (or before, when negative) a date. */
export function addDays(ymd: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(ymd) + days);
}

/** 0 (Sunday) to 6 (Saturday). */
export function weekdayOf(ymd: Ymd): number {
  return (((toDayNumber(ymd) + 4) % 7) + 7) % 7;
}

/** Compare two dates: negative, zero or positive. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** `YYYY-MM-DD`. */
export function isoDay(ymd: Ymd): string {
  return `${pad(ymd.year, 4)}-${pad(ymd.month, 2)}-${pad(ymd.day, 2)}`;
}

/** `YYYY-MM`. */
export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/**
 * Read a strict `YYYY-MM-DD` day, or null when it is malformed or not a real date.
 *
 * @example
 * parseIsoDay("2024-02-29"); //=> { year: 2024, month: 2, day: 29 }
 * parseIsoDay("2025-02-29"); //=> null
 */
export function parseIsoDay(text: unknown): Ymd | null {
  if (typeof text !== "string") return null;
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidYmd(ymd) ? ymd : null;
}

/**
 * The `YYYY-MM-DD` day `days` after (or before) another.
 *
 * @example
 * addDaysIso("2025-02-27", 6) //=> "2025-03-05"
 */
export function addDaysIso(day: string, days: number): string {
  const ymd = parseIsoDay(day);
  if (!ymd) throw new Error(`Not a day: ${day}`);
  return isoDay(addDays(ymd, days));
}

/**
 * The weekday of a `YYYY-MM-DD` day: 0 (Sunday) to 6 (Saturday).
 *
 * @example
 * weekdayOfIso("2025-02-27") //=> 4 (a Thursday)
 */
export function weekdayOfIso(day: string): number {
  const ymd = parseIsoDay(day);
  if (!ymd) throw new Error(`Not a day: ${day}`);
  return weekdayOf(ymd);
}

/**
 * The last day of a `YYYY-MM` month.
 *
 * @example
 * lastDayOfMonth("2024-02") //=> "2024-02-29"
 */
export function lastDayOfMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return isoDay({ year, month: m, day: daysInMonth(year, m) });
}

/**
 * The same day `years` later (or earlier); 29 February becomes 28 February
 * in a year without it.
 *
 * @example
 * addYearsIso("2024-02-29", 1) //=> "2025-02-28"
 */
export function addYearsIso(day: string, years: number): string {
  const ymd = parseIsoDay(day);
  if (!ymd) throw new Error(`Not a day: ${day}`);
  const year = ymd.year + years;
  return isoDay({ year, month: ymd.month, day: Math.min(ymd.day, daysInMonth(year, ymd.month)) });
}

/** Western Indonesian Time (WIB), the time every minute on the site is read in. */
const JAKARTA_OFFSET_MINUTES = 7 * 60;

/**
 * An ISO date or time as written in front matter, with a time zone moved to
 * Jakarta time (WIB) and the zone dropped; a value without a zone is already
 * Jakarta time and is returned as it is.
 *
 * @example
 * inJakartaTime("2025-02-27T16:59Z")      //=> "2025-02-27T23:59"
 * inJakartaTime("2025-02-27T18:59+08:00") //=> "2025-02-27T17:59"
 * inJakartaTime("2025-02-27 16:59")       //=> "2025-02-27 16:59"
 */
export function inJakartaTime(value: string): string {
  const zone = /(?:Z|([+-])(\d{2}):?(\d{2}))$/u.exec(value.slice(16));
  if (!zone) return value;
  const utc = Date.parse(`${value.slice(0, 10)}T${value.slice(11, 16)}:00Z`);
  const offset = zone[1] === undefined ? 0 : (zone[1] === "-" ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
  return new Date(utc + (JAKARTA_OFFSET_MINUTES - offset) * 60_000).toISOString().slice(0, 16);
}
