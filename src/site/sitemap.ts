/**
 * The sitemap, written from TypeScript after rendering: every page of the
 * site, rendered in this build or carried over from the last one, in the
 * order of their addresses.
 */
import { compareKeys } from "../text/compare-keys.ts";
import { escapeHtml } from "./escape-html.ts";

/**
 * The text of /sitemap.xml for the pages at `urls` (site paths).
 *
 * @example
 * sitemapXml(["/sumber/", "/"], "https://linimasa.example")
 * //=> '<?xml version="1.0" encoding="utf-8"?>\n<urlset …>\n  <url><loc>https://linimasa.example/</loc></url>\n  <url><loc>https://linimasa.example/sumber/</loc></url>\n</urlset>\n'
 */
export function sitemapXml(urls: readonly string[], base: string): string {
  const locs = [...new Set(urls)].sort(compareKeys).map((url) => `\n  <url><loc>${escapeHtml(new URL(url, base).toString())}</loc></url>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.join("")}\n</urlset>\n`;
}
