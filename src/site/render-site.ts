/**
 * Renders the site with Eleventy into a fresh folder next to the output and
 * swaps it in only when everything succeeded, so a failed build leaves the
 * last good site exactly as it was.
 */
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { PROJECT_ROOT } from "./project-root.ts";
import { provideSiteData, type SiteData } from "../site/site-data.ts";
import { indexSearch } from "../site/index-search.ts";

export interface RenderOptions {
  /** Where the finished site goes (default `_site`). */
  out: string;
  site: SiteData;
}

/**
 * Render `site` into `out` atomically: build into `<out>.tmp-<pid>`, then
 * rename it into place.
 *
 * @example
 * await renderSite({ out: "_site", site }) //=> { pages: 69, searchSeconds: 0.4 }
 */
export async function renderSite(options: RenderOptions): Promise<{ pages: number; searchSeconds: number }> {
  const out = path.resolve(options.out);
  const staging = `${out}.tmp-${process.pid}`;
  const retired = `${out}.old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  provideSiteData(options.site);
  try {
    const eleventy = new Eleventy(path.join(PROJECT_ROOT, "templates"), staging, {
      configPath: path.join(PROJECT_ROOT, ".eleventy.js"),
      quietMode: true,
    });
    eleventy.disableLogger();
    const written = (await eleventy.write()) as unknown as [unknown[], unknown[]] | { results?: unknown[] };
    const pages = Array.isArray(written) ? (written[1]?.length ?? 0) : (written.results?.length ?? 0);
    // The search index goes into the staging folder too, so the swap stays atomic.
    const searchStarted = performance.now();
    await indexSearch(staging);
    const searchSeconds = (performance.now() - searchStarted) / 1000;
    await rm(retired, { recursive: true, force: true });
    await rename(out, retired).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    await rename(staging, out);
    await rm(retired, { recursive: true, force: true });
    return { pages, searchSeconds };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
