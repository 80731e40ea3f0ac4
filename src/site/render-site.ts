/**
 * Renders the site with Eleventy into a fresh folder next to the output and
 * swaps it in only when everything succeeded, so a failed build leaves the
 * last good site exactly as it was. Given the manifest of the last site, a
 * rebuild renders only the pages whose view changed (`planRender`) and
 * carries the others over.
 */
import { createHash } from "node:crypto";
import { copyFile, cp, link, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "./project-root.ts";
import { indexSearch, searchRecords, type SearchRecord } from "./index-search.ts";
import { everything, planRender, type RenderPlan } from "./render-plan.ts";
import type { SiteData } from "./site-data.ts";
import { provideSiteData } from "./site-handover.ts";
import { dropManifest, writeManifest, type SiteManifest } from "./site-manifest.ts";
import { siteInputs } from "./site-inputs.ts";
import { loadSiteSettings } from "./site-settings.ts";
import { sitemapXml } from "./sitemap.ts";

export interface RenderOptions {
  /** Where the finished site goes (default `_site`). */
  out: string;
  site: Omit<SiteData, "render">;
  /** The build's cache folder, where the manifest of the site is kept; null for none. */
  cache: string | null;
  /** The manifest of the last site at `out` (null: render everything). */
  last: SiteManifest | null;
  /** What the site is made from, and what the build said: kept in the new manifest. */
  key: string;
  messages: SiteManifest["messages"];
}

export interface Rendered {
  /** Pages Eleventy rendered. */
  pages: number;
  /** Pages carried over from the last site. */
  carried: number;
  searchSeconds: number;
}

const sha = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 32);

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Link a file of the last site into the new one (a copy where a link cannot be made). */
async function carry(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await link(from, to).catch(() => copyFile(from, to));
}

/** Render `plan` into `staging`: carried pages, Eleventy's pages, the sitemap and the search index. */
async function renderInto(staging: string, out: string, site: Omit<SiteData, "render">, plan: RenderPlan, search: { records: readonly SearchRecord[]; hash: string; last: string | null }): Promise<{ pages: number; files: Map<string, string>; searchSeconds: number }> {
  for (const { file } of plan.carried) await carry(path.join(out, file), path.join(staging, file));
  provideSiteData({ ...site, render: plan.render });
  const Eleventy = (await import("@11ty/eleventy")).default;
  const eleventy = new Eleventy(path.join(PROJECT_ROOT, "templates"), staging, {
    configPath: path.join(PROJECT_ROOT, ".eleventy.js"),
    quietMode: true,
  });
  eleventy.disableLogger();
  const written = (await eleventy.write()) as unknown as [unknown[], { url?: string; outputPath?: string }[]];
  const results = written[1] ?? [];
  const files = new Map<string, string>();
  for (const r of results) if (r.url && r.outputPath) files.set(r.url, path.relative(staging, path.resolve(r.outputPath)).split(path.sep).join("/"));
  for (const { url, file } of plan.carried) files.set(url, file);
  const pages = [...files].filter(([, file]) => file.endsWith(".html") && file !== "404.html").map(([url]) => url);
  await writeFile(path.join(staging, "sitemap.xml"), sitemapXml(pages, loadSiteSettings().url));
  // The search index goes into the staging folder too, so the swap stays atomic.
  const started = performance.now();
  if (search.last === search.hash && (await exists(path.join(out, "pagefind")))) {
    await cp(path.join(out, "pagefind"), path.join(staging, "pagefind"), { recursive: true });
  } else {
    await indexSearch(staging, search.records);
  }
  return { pages: results.length, files, searchSeconds: (performance.now() - started) / 1000 };
}

/**
 * Render `site` into `out` atomically: build into `<out>.tmp-<pid>`, then
 * rename it into place, and keep its manifest.
 *
 * @example
 * await renderSite({ out: "_site", site, cache: ".cache/linimasa", last, key, messages }) //=> { pages: 68, carried: 0, searchSeconds: 0.4 }
 */
export async function renderSite(options: RenderOptions): Promise<Rendered> {
  const out = path.resolve(options.out);
  const records = searchRecords(options.site.entries);
  const search = sha(JSON.stringify(records));
  const inputs = siteInputs();
  let plan = planRender(options.site, options.last, inputs);
  const staging = `${out}.tmp-${process.pid}`;
  const retired = `${out}.old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    let rendered;
    try {
      rendered = await renderInto(staging, out, options.site, plan, { records, hash: search, last: options.last?.search ?? null });
    } catch (error) {
      // A page of the last site could not be carried over (removed by hand?): render everything.
      if (plan.carried.length === 0) throw error;
      await rm(staging, { recursive: true, force: true });
      plan = { ...plan, render: everything(options.site), carried: [] };
      rendered = await renderInto(staging, out, options.site, plan, { records, hash: search, last: null });
    }
    // The manifest describes the site beside it: gone first, so a crash here leaves none to mislead.
    await dropManifest(options.cache, out);
    await rm(retired, { recursive: true, force: true });
    await rename(out, retired).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    await rename(staging, out);
    await rm(retired, { recursive: true, force: true });
    const pages: SiteManifest["pages"] = {};
    for (const [url, hash] of plan.hashes) {
      const file = rendered.files.get(url);
      if (file) pages[url] = { hash, file };
    }
    await writeManifest(options.cache, out, { inputs, key: options.key, search, pages, articles: options.site.raw.length, messages: options.messages });
    return { pages: rendered.pages, carried: plan.carried.length, searchSeconds: rendered.searchSeconds };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
