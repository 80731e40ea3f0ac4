/**
 * The search index: Pagefind (loaded only when an index is written) builds
 * it from one record per article — its title and text, its date, and its
 * outlet and claimants as filters — made from the site data instead of from
 * the rendered pages, so a rebuild that changes no article need not index
 * again, and the index is the same whichever pages were rendered.
 */
import path from "node:path";
import type { EntryView } from "./entry-view.ts";

/** What Pagefind indexes of one article. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string; terbit: string };
  filters: { media: string[]; sumber: string[] };
}

/**
 * The records of the articles, in the order of their addresses.
 *
 * @example
 * searchRecords(views)[0]
 * //=> { url: "/artikel/000-022d6d6978ebefb1/", content: "Intelijen Korsel: …\nLiputan6.com, Seoul - …", language: "id",
 * //     meta: { title: "Intelijen Korsel: …", terbit: "5 Februari 2025" }, filters: { media: ["Liputan6.com"], sumber: ["NIS", …] } }
 */
export function searchRecords(views: readonly EntryView[]): SearchRecord[] {
  return views
    .map((view) => ({
      url: view.url,
      content: [view.title, ...view.entry.paragraphs.map((p) => p.text)].join("\n"),
      language: "id",
      meta: { title: view.title, terbit: view.dateLabel },
      filters: { media: [view.outlet.name], sumber: view.claimants.map((c) => c.name) },
    }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * Index `records` into `dir/pagefind/`; resolves with the number of pages indexed.
 *
 * @example
 * await indexSearch("_site.tmp-123", searchRecords(views)) //=> 5
 */
export async function indexSearch(dir: string, records: readonly SearchRecord[]): Promise<number> {
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(dir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}
