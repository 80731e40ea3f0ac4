/**
 * How the site data reaches Eleventy: the build provides it before
 * rendering; the preview server, which has Eleventy render on its own,
 * names the seeds folder instead and the data is loaded here.
 */
import { buildSiteData, renderFigureCharts, type SiteData } from "./site-data.ts";

/**
 * What the build hands to Eleventy. Kept on the global object, not in this
 * module: the build may run from the TypeScript sources while Eleventy loads
 * the compiled plugin, and the two copies of this module must see one state.
 */
interface Handover {
  provided: SiteData | undefined;
  seedsFolder: string;
  /** The view hashes of the pages the preview server last rendered (it writes into the same folder each time). */
  previewed: { inputs: string; pages: Record<string, { hash: string; file: string }> } | null;
}
const HANDOVER = Symbol.for("linimasa.site-data");
const slot = globalThis as { [HANDOVER]?: Handover };
const handover: Handover = (slot[HANDOVER] ??= { provided: undefined, seedsFolder: "seeds", previewed: null });

/** Parse this folder when no data was provided (the preview server's seeds). */
export function useSeedsFolder(dir: string): void {
  handover.seedsFolder = dir;
  handover.provided = undefined;
  handover.previewed = null;
}

/** Hand the site data to the Eleventy plugin (the build does this before rendering). */
export function provideSiteData(data: SiteData): void {
  handover.provided = data;
}

/**
 * The site data for Eleventy: what the build provided, or (the preview
 * server) a fresh load of `seeds/` — readings kept in memory between
 * rebuilds, and only the pages whose view changed rendered again.
 */
export async function currentSiteData(): Promise<SiteData> {
  const { provided, seedsFolder, previewed } = handover;
  if (provided) return renderFigureCharts(provided);
  const [{ loadCorpus }, { planRender }, { siteInputs }] = await Promise.all([import("../corpus/load-corpus.ts"), import("./render-plan.ts"), import("./site-inputs.ts")]);
  const corpus = await loadCorpus({ seeds: seedsFolder, remember: true });
  if (corpus.failed) throw new Error(`Articles in ${seedsFolder}/ have errors:\n${corpus.report}`);
  const site = buildSiteData(corpus.entries);
  const inputs = siteInputs();
  const plan = planRender(site, previewed && { ...previewed, key: "", search: "", articles: 0, messages: [] }, inputs);
  handover.previewed = { inputs, pages: Object.fromEntries([...plan.hashes].map(([url, hash]) => [url, { hash, file: "" }])) };
  return renderFigureCharts({ ...site, render: plan.render });
}
