/**
 * Puts a publication time given in UTC into the page's own time zone, when
 * the page states that zone elsewhere. Many sites write `datePublished` in
 * UTC but every other time with `+07:00`; the article's date must be the one
 * its readers saw, not the UTC one (21:05 WIB is 14:05 UTC, and 03:00 WIB is
 * the day before in UTC).
 */

const OFFSET = /([+-])(\d{2}):(\d{2})$/u;

/** Minutes east of UTC of a page date (see pageDate), null when it has no offset. */
function offsetMinutes(date: string): number | null {
  if (date.endsWith("Z")) return 0;
  const m = OFFSET.exec(date);
  if (!m || date.length <= 10) return null;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * `date` (a pageDate at minute precision) moved to the first non-zero offset
 * among `others` (the page's other times) when `date` itself is UTC; `date`
 * unchanged otherwise. The instant is the same.
 *
 * @example
 * toPageTimeZone("2025-02-05T02:30Z", ["2025-02-05T11:45+07:00"]) //=> "2025-02-05T09:30+07:00"
 * toPageTimeZone("2024-11-24T20:00Z", ["2024-11-25T06:00+08:00"]) //=> "2024-11-25T04:00+08:00"
 * toPageTimeZone("2025-02-05T02:30Z", [])                         //=> "2025-02-05T02:30Z"
 * toPageTimeZone("2025-02-05T09:30+07:00", ["2025-02-05T02:30Z"])  //=> "2025-02-05T09:30+07:00"
 */
export function toPageTimeZone(date: string, others: readonly (string | null)[]): string {
  if (offsetMinutes(date) !== 0) return date;
  const zone = others.map((o) => (o === null ? null : offsetMinutes(o))).find((m) => m !== null && m !== 0);
  if (zone === undefined || zone === null) return date;
  const utc = Date.parse(`${date.slice(0, 16)}:00Z`);
  const local = new Date(utc + zone * 60_000);
  const sign = zone < 0 ? "-" : "+";
  const abs = Math.abs(zone);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
