/**
 * The time an estimate holds for: what the figure refers to, else when its
 * claim was made, else the article's date; none for a figure of an undated
 * article that dates neither.
 */
import type { Claim, Entry, Figure } from "../schema/entry.ts";
import type { When } from "../schema/digest.ts";
import type { z } from "zod";

/**
 * @example
 * whenOfFigure(entry001, entry001.figures[1]) // "Pada Januari, NIS memperkirakan … 300 … tewas"
 * //=> { iso: "2025-01", precision: "month", start: "2025-01-01", end: "2025-01-31", basis: "refers-to", estimated: false }
 */
export function whenOfFigure(entry: Entry, figure: Figure): z.infer<typeof When> | null {
  const claim: Claim | undefined = entry.claims.find((c) => c.id === figure.claim);
  const m = figure.refersTo ?? claim?.stated ?? null;
  if (m) {
    return { iso: m.iso, precision: m.precision, start: m.start, end: m.end, basis: figure.refersTo ? "refers-to" : "stated", estimated: (entry.published?.estimated ?? false) && m.inferred };
  }
  const p = entry.published;
  if (!p) return null;
  return { iso: p.date, precision: p.precision, start: p.start, end: p.end, basis: "published", estimated: p.estimated };
}
