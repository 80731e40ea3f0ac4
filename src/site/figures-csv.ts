/**
 * `/data/figures.csv`: every figure of every entry, one row each, for
 * spreadsheets (RFC 4180 quoting, UTF-8).
 */
import type { Entry } from "../schema/entry.ts";

const COLUMNS = [
  "entry", "published", "outlet", "claimant", "claimant_id", "category", "min", "max", "bound", "vague", "hedge", "refers_to", "text", "quote", "file", "line",
] as const;

function cell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  // A leading = + - @ makes spreadsheets run the cell as a formula.
  const safe = /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/**
 * @example
 * figuresCsv(entries).split("\n")[1]
 * //=> "003-529e1a794209f8f6,2024-12-17,Liputan6.com,AS,us,deployed,10000,12000,,false,unverified,,10.000 hingga 12.000,…"
 */
export function figuresCsv(entries: readonly Entry[]): string {
  const rows = entries.flatMap((e) =>
    e.figures.map((f) =>
      [e.id, e.published?.date ?? null, e.source.outlet, f.claimant.name, f.claimant.id, f.category, f.min, f.max, f.bound, f.vague, f.hedge, f.refersTo?.iso ?? null, f.text, f.quote, e.file, f.place.line]
        .map(cell)
        .join(","),
    ),
  );
  return `${[COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
