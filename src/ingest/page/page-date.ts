/**
 * A page's publication time in the form an article's front matter takes:
 * ISO 8601 at the page's precision (day or minute), with the page's own UTC
 * offset kept as written, never shifted.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/iu;

/**
 * `value` as a front-matter date: `2024-11-25`, `2024-11-25T21:05` or
 * `2024-11-25T21:05+07:00` (seconds dropped: an article is dated to the
 * minute). Null for anything that is not an ISO date or not a real time.
 *
 * @example
 * pageDate("2024-11-25T21:05:00+07:00")     //=> "2024-11-25T21:05+07:00"
 * pageDate("2025-02-05T02:30:00.000Z")      //=> "2025-02-05T02:30Z"
 * pageDate("2024-11-25 21:05:00")           //=> "2024-11-25T21:05"
 * pageDate("2024-11-25T21:05:00+0700")      //=> "2024-11-25T21:05+07:00"
 * pageDate("2024-11-25")                    //=> "2024-11-25"
 * pageDate("2024-02-30") //=> null
 * pageDate("Senin, 25 November 2024") //=> null
 */
export function pageDate(value: string | null | undefined): string | null {
  const m = ISO.exec((value ?? "").trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, zone] = m as unknown as [string, string, string, string, string | undefined, string | undefined, string | undefined];
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCFullYear() !== Number(y) || day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) return null;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined || mi === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59) return null;
  let offset = "";
  if (zone !== undefined) {
    if (/^z$/iu.test(zone)) offset = "Z";
    else {
      const digits = zone.replace(":", "");
      if (Number(digits.slice(1, 3)) > 14 || Number(digits.slice(3)) > 59) return null;
      offset = `${digits.slice(0, 3)}:${digits.slice(3)}`;
    }
  }
  return `${date}T${h}:${mi}${offset}`;
}
