/**
 * Indonesian wording of a date at its precision, through date-fns' `id` locale.
 */
import { format, parseISO } from "date-fns";
import { id } from "date-fns/locale/id";
import type { Precision } from "../schema/entry.ts";

const PART: Partial<Record<Precision, string>> = {
  "early-month": "awal",
  "mid-month": "pertengahan",
  "late-month": "akhir",
  "early-year": "awal",
  "mid-year": "pertengahan",
  "late-year": "akhir",
};

/** date-fns reads "2025" and "2025-02" as the first day of that year or month. */
function dayOf(iso: string): Date {
  return parseISO(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
}

function one(iso: string, precision: Precision): string {
  const date = dayOf(iso);
  const part = PART[precision];
  switch (precision) {
    case "minute":
      return format(date, "d MMMM yyyy, HH.mm", { locale: id });
    case "day":
      return format(date, "d MMMM yyyy", { locale: id });
    case "week":
      return `pekan ${format(date, "d MMMM yyyy", { locale: id })}`;
    case "early-month":
    case "mid-month":
    case "late-month":
      return `${part} ${format(date, "MMMM yyyy", { locale: id })}`;
    case "month":
    case "month-range":
      return format(date, "MMMM yyyy", { locale: id });
    case "early-year":
    case "mid-year":
    case "late-year":
      return `${part} ${format(date, "yyyy", { locale: id })}`;
    default:
      return format(date, "yyyy", { locale: id });
  }
}

/**
 * Format an ISO value (or interval) at its precision, in Indonesian. An
 * estimate is prefixed with "perkiraan:".
 *
 * @example
 * formatDate("2025-02-05", "day") //=> "5 Februari 2025"
 * formatDate("2025-02", "late-month", true) //=> "perkiraan: akhir Februari 2025"
 * formatDate("2025-01/2025-02", "month-range") //=> "Januari–Februari 2025"
 * formatDate("2025-02-17/2025-02-23", "week") //=> "pekan 17–23 Februari 2025"
 */
export function formatDate(iso: string, precision: Precision, estimated = false): string {
  // A site shows the same few hundred dates thousands of times: each is formatted once.
  const key = `${iso}|${precision}|${estimated}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatOnce(iso, precision, estimated);
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

const formatted = new Map<string, string>();
const MAX_FORMATTED = 100_000;

function formatOnce(iso: string, precision: Precision, estimated: boolean): string {
  const [from, to] = iso.split("/");
  let text: string;
  if (to === undefined || from === undefined) {
    text = one(iso, precision);
  } else {
    const inner: Precision = precision === "day-range" || precision === "week" ? "day" : precision === "year-range" ? "year" : "month";
    const a = one(from, inner);
    const b = one(to, inner);
    const sameYear = from.slice(0, 4) === to.slice(0, 4);
    const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
    if (inner === "day" && sameMonth) text = `${a.split(" ")[0]}–${b}`;
    else text = sameYear && inner !== "year" ? `${a.replace(/ \d{4}$/, "")}–${b}` : `${a}–${b}`;
    if (precision === "week") text = `pekan ${text}`;
  }
  return estimated ? `perkiraan: ${text}` : text;
}
