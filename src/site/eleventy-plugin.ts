/**
 * The Eleventy side of linimasa in one plugin: the site data, the filters the
 * templates use, the feed filters, and safe template settings. Templates stay
 * thin; anything that computes lives in TypeScript next to this file.
 */
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { compareKeys } from "../text/compare-keys.ts";
import { entryJsonSchema } from "./entry-json-schema.ts";
import { formatDate } from "./format-date.ts";
import { cacheNunjucksCompiles } from "./nunjucks-compile-cache.ts";
import { toJson } from "./safe-json.ts";
import type { SiteData } from "./site-data.ts";
import { currentSiteData } from "./site-handover.ts";
import { writeDataFiles } from "./write-data-files.ts";

interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  addWatchTarget(path: string): void;
  on(event: "eleventy.after", fn: (event: { directories: { output: string } }) => Promise<void>): void;
  on(event: "eleventy.engine.njk", fn: (event: { nunjucks: Parameters<typeof cacheNunjucksCompiles>[0] }) => void): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
}

/** Whether `url` is in the navigation section given by its URL prefixes ("/" only matches the home page). */
export function inSection(url: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => (prefix === "/" ? url === "/" : url.startsWith(prefix)));
}

/**
 * Pages in the order of their URLs (code units): an order of the data, not of
 * Eleventy's collections, which sort by each template file's date (its
 * creation time when it sets none), so two checkouts would list them apart.
 *
 * @example
 * byUrl([{ url: "/sumber/" }, { url: "/" }, { url: "/angka/" }]).map((p) => p.url) //=> ["/", "/angka/", "/sumber/"]
 */
export function byUrl<T extends { url: string }>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => compareKeys(a.url, b.url));
}

/**
 * The site data as Eleventy's global data, wrapped in an object that is not
 * a plain one: Eleventy deep-merges plain objects into every page's data,
 * which walks the whole site data once per page; anything else it passes as
 * it is. Templates read it the same way (`linimasa.entries`).
 */
class GlobalSiteData {
  constructor(data: object) {
    Object.assign(this, data);
  }
}

export default function linimasaPlugin(eleventyConfig: EleventyConfig): void {
  // Article text is data, and data is always escaped on output.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  // Each paginated page would compile its template again (see nunjucks-compile-cache.ts).
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks }) => cacheNunjucksCompiles(nunjucks));
  // The data of this build, loaded once: the downloads written after it are of the pages rendered.
  let current: Promise<SiteData> | undefined;
  eleventyConfig.addGlobalData("linimasa", async () => new GlobalSiteData(await (current = currentSiteData())));
  eleventyConfig.addWatchTarget("seeds/");
  // dateToRfc3339, absoluteUrl … for the Atom and JSON feeds.
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addFilter("formatDate", formatDate);
  eleventyConfig.addFilter("json", toJson);
  eleventyConfig.addFilter("entryJsonSchema", entryJsonSchema);
  eleventyConfig.addFilter("inSection", inSection);
  eleventyConfig.addFilter("byUrl", byUrl);
  // The data downloads are written from TypeScript, entry by entry, next to the pages.
  eleventyConfig.on("eleventy.after", async ({ directories }) => writeDataFiles(directories.output, await (current ?? currentSiteData())));
}
