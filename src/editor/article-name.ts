/**
 * The file name an added article gets in seeds/: stable and readable,
 * `date-outlet-slug.txt`, from what the parser understood.
 */
import type { Entry } from "../schema/entry.ts";

/** Lowercase ASCII words joined by hyphens. */
export function slugify(text: string, maxWords = 8): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, maxWords)
    .join("-");
}

/**
 * @example
 * articleName(entry) // Liputan6, 5 February 2025, "Badan intelijen Korea Selatan menyatakan …"
 * //=> "2025-02-05-liputan6-com-badan-intelijen-korea-selatan-menyatakan-pada-selasa.txt"
 * // an article nothing dates: "tanpa-tanggal-liputan6-com-….txt"
 */
export function articleName(entry: Pick<Entry, "published" | "source" | "title">): string {
  const p = entry.published;
  const date = p === null ? "tanpa-tanggal" : p.start.slice(0, p.precision === "year" ? 4 : p.precision.endsWith("month") || p.precision === "month-range" ? 7 : 10);
  const outlet = entry.source.outlet ? slugify(entry.source.outlet, 3) : "tanpa-media";
  const title = slugify(entry.title) || "artikel";
  return `${date}-${outlet}-${title}.txt`;
}
