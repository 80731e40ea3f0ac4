/**
 * The search index: Pagefind reads the rendered pages (only the parts marked
 * `data-pagefind-body`: the articles) and writes its index and UI into the
 * site folder, before the folder is swapped into place.
 */
import path from "node:path";
import * as pagefind from "pagefind";

/**
 * Index the HTML under `dir` into `dir/pagefind/`; resolves with the number
 * of pages indexed.
 *
 * @example
 * await indexSearch("_site.tmp-123") //=> 5
 */
export async function indexSearch(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(dir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
