/**
 * An estimate from a stamp that gives only the article's age ("2 jam lalu",
 * "3 hari yang lalu", "1 tahun ago"), counted back from the date the page
 * was shown (a header's "today", `chooseStamp`). Without that date such a
 * stamp dates nothing.
 */
import { addDaysIso, lastDayOfMonth } from "../../calendar/calendar.ts";
import type { Published } from "../../schema/entry.ts";
import type { DateLine } from "../source/find-byline.ts";

const AGE = /(\d{1,3})\s+(detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\b/iu;
const UNIT: Record<string, "hour" | "day" | "week" | "month" | "year"> = {
  detik: "hour", menit: "hour", jam: "hour", second: "hour", minute: "hour", min: "hour", hour: "hour",
  hari: "day", day: "day", minggu: "week", pekan: "week", week: "week", bulan: "month", month: "month", tahun: "year", year: "year",
};

/**
 * @example
 * estimateFromAge({ text: "3 hari lalu", line: 4, rule: "date-line-relative" }, "2025-12-22")
 * //=> { date: "2025-12-19", precision: "day", basis: "estimate", estimated: true, text: "3 hari lalu", start: "2025-12-19", end: "2025-12-19", … }
 */
export function estimateFromAge(stamp: DateLine, shownOn: string): Published | null {
  const m = AGE.exec(stamp.text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = UNIT[m[2]!.toLowerCase().replace(/s$/u, "")];
  const base = { basis: "estimate" as const, estimated: true, text: stamp.text.trim(), reason: `line ${stamp.line}: "${stamp.text.trim()}" counted back from ${shownOn}, the date the page was shown` };
  switch (unit) {
    case "hour":
      // Hours ago may reach into the day before.
      return { ...base, date: shownOn, precision: "day", start: addDaysIso(shownOn, n >= 24 ? -Math.ceil(n / 24) - 1 : -1), end: shownOn };
    case "day": {
      const day = addDaysIso(shownOn, -n);
      return { ...base, date: day, precision: "day", start: day, end: day };
    }
    case "week": {
      const start = addDaysIso(shownOn, -7 * n - 3);
      return { ...base, date: `${start}/${addDaysIso(start, 6)}`, precision: "week", start, end: addDaysIso(start, 6) };
    }
    case "month": {
      const [y, mo] = shownOn.split("-").map(Number) as [number, number];
      const index = y * 12 + (mo - 1) - n;
      const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
      return { ...base, date: month, precision: "month", start: `${month}-01`, end: lastDayOfMonth(month) };
    }
    case "year": {
      const year = String(Number(shownOn.slice(0, 4)) - n);
      return { ...base, date: year, precision: "year", start: `${year}-01-01`, end: `${year}-12-31` };
    }
    default:
      return null;
  }
}
