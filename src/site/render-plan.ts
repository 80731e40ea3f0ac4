/**
 * What a build must render, and what it can carry over from the last site.
 * Every page of a paginated template is a function of its view (an entry, a
 * month, an outlet, a claimant, a year of events, a figure category) and of
 * the templates and code: a page whose view hashes as it did in the last
 * site, rendered by the same templates and code, is the same page byte for
 * byte, so it is copied instead of rendered. The few single pages (home,
 * indexes, feeds) are rendered whenever anything changed.
 */
import { createHash } from "node:crypto";
import type { RenderSet, SiteData } from "./site-data.ts";
import type { SiteManifest } from "./site-manifest.ts";

/** The paginated collections, by the name the templates paginate over (`linimasa.render.<name>`). */
export const COLLECTIONS = ["entries", "timelinePages", "outletPages", "eventPages", "claimantPages", "figureSections"] as const;
export type Collection = (typeof COLLECTIONS)[number];

export interface RenderPlan {
  render: RenderSet;
  /** Pages copied from the last site. */
  carried: { url: string; file: string }[];
  /** The hash of every paginated page's view, by URL. */
  hashes: Map<string, string>;
}

function itemsOf(site: Omit<SiteData, "render">): RenderSet {
  return {
    entries: site.entries,
    timelinePages: site.timeline.pages,
    outletPages: site.outlets.pages,
    eventPages: site.events.pages,
    claimantPages: site.claimants.pages,
    figureSections: site.figures.sections,
  };
}

/** Every page of every collection, the whole set Eleventy renders on a full build. */
export function everything(site: Omit<SiteData, "render">): RenderSet {
  return itemsOf(site);
}

const sha = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 32);

/**
 * The view hash of every paginated page, by URL. An entry's view is hashed
 * once and stands for itself inside the pages that list it (a month, an
 * outlet), so hashing stays linear. What a template reads besides its item
 * (the list of months, and the undated listing, on a month page) is hashed with it.
 *
 * @example
 * viewHashes(site).get("/artikel/000-022d6d6978ebefb1/") //=> "5f0c…" (32 hex digits)
 */
export function viewHashes(site: Omit<SiteData, "render">): Map<string, string> {
  const entryHash = new Map<object, string>();
  for (const view of site.entries) entryHash.set(view, sha(JSON.stringify(["entry", view])));
  const replacer = (_key: string, value: unknown): unknown => (typeof value === "object" && value !== null && entryHash.get(value)) || value;
  const hashes = new Map<string, string>();
  for (const view of site.entries) hashes.set(view.url, entryHash.get(view)!);
  const months = JSON.stringify([site.timeline.months, site.timeline.undated]);
  for (const page of site.timeline.pages) hashes.set(page.url, sha(JSON.stringify(["month", page, months], replacer)));
  for (const page of site.outlets.pages) hashes.set(page.url, sha(JSON.stringify(["outlet", page], replacer)));
  for (const page of site.events.pages) hashes.set(page.url, sha(JSON.stringify(["events", page])));
  for (const page of site.claimants.pages) hashes.set(page.url, sha(JSON.stringify(["claimant", page])));
  // A chart's SVG is drawn from its spec, which is hashed with the section.
  for (const section of site.figures.sections) hashes.set(section.url, sha(JSON.stringify(["figures", { ...section, chart: { ...section.chart, svg: undefined } }])));
  return hashes;
}

/**
 * Plan a build of `site` against the last site's `manifest` (null when there
 * is none, or the last site is gone). `inputs` is the hash of the templates,
 * code and settings: pages rendered with others are never carried over.
 *
 * @example
 * planRender(site, lastManifest, inputs).render.entries.map((v) => v.url) //=> ["/artikel/baru/", "/artikel/sebelumnya/"]
 */
export function planRender(site: Omit<SiteData, "render">, manifest: SiteManifest | null, inputs: string): RenderPlan {
  const hashes = viewHashes(site);
  const all = itemsOf(site);
  if (!manifest || manifest.inputs !== inputs) return { render: all, carried: [], hashes };
  const carried: { url: string; file: string }[] = [];
  const changed = <T extends { url: string }>(items: readonly T[]): T[] =>
    items.filter((item) => {
      const last = manifest.pages[item.url];
      if (last && last.hash === hashes.get(item.url)) {
        carried.push({ url: item.url, file: last.file });
        return false;
      }
      return true;
    });
  const render: RenderSet = {
    entries: changed(all.entries),
    timelinePages: changed(all.timelinePages),
    outletPages: changed(all.outletPages),
    eventPages: changed(all.eventPages),
    claimantPages: changed(all.claimantPages),
    figureSections: changed(all.figureSections),
  };
  return { render, carried, hashes };
}
