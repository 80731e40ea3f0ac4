/**
 * Renders a Vega-Lite chart to SVG markup at build time (no client script),
 * with a text alternative, cached by its specification — in memory, and on
 * disk when the build has a cache folder — so that a rebuild or a second page
 * showing the same chart costs nothing, and Vega is loaded only for a chart
 * never drawn before.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { escapeHtml } from "./escape-html.ts";
import { PROJECT_ROOT } from "./project-root.ts";

export interface ChartText {
  /** Unique in the page: prefix of the ids of `<title>` and `<desc>`. */
  id: string;
  title: string;
  description: string;
}

const cache = new Map<string, Promise<string>>();
let folder: string | null = null;
let versions: string | undefined;

/** The Vega and Vega-Lite versions: a chart drawn by others is drawn again. */
function vegaVersions(): string {
  versions ??= ["vega", "vega-lite"]
    .map((name) => `${name}@${(JSON.parse(readFileSync(path.join(PROJECT_ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version}`)
    .join(" ");
  return versions;
}

/**
 * Keep drawn charts in `dir` (null: in memory only). A chart is a pure
 * function of its specification, so the folder never goes stale.
 */
export function useChartCache(dir: string | null): void {
  folder = dir;
}

/** Draw `spec` with Vega (loaded on first use). */
async function draw(spec: TopLevelSpec): Promise<string> {
  const [vega, { compile }] = await Promise.all([import("vega"), import("vega-lite")]);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  return view.toSVG().finally(() => view.finalize());
}

/** Vega's SVG, drawn once per distinct specification. */
function rawSvg(spec: TopLevelSpec): Promise<string> {
  const key = createHash("sha256").update(vegaVersions()).update("\0").update(JSON.stringify(spec)).digest("hex");
  let svg = cache.get(key);
  if (!svg) {
    const file = folder === null ? null : path.join(folder, `${key}.svg`);
    svg = (async () => {
      try {
        if (file) return readFileSync(file, "utf8");
      } catch {
        // not drawn before
      }
      const drawn = await draw(spec);
      if (file) {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(`${file}.${process.pid}.tmp`, drawn);
        renameSync(`${file}.${process.pid}.tmp`, file);
      }
      return drawn;
    })();
    cache.set(key, svg);
  }
  return svg;
}

/**
 * An accessible inline SVG of `spec`: `role="img"` labelled by its
 * `<title>` and `<desc>`, without Vega's own ARIA roles, sized by its viewBox.
 *
 * @example
 * await renderChart(chartSpec(points, ["NIS"]), { id: "grafik-tewas", title: "Tewas", description: "…" })
 * //=> `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 608 365" role="img" aria-labelledby="grafik-tewas-judul grafik-tewas-isi"><title id="grafik-tewas-judul">Tewas</title>…`
 */
export async function renderChart(spec: TopLevelSpec, text: ChartText): Promise<string> {
  const svg = await rawSvg(spec);
  const viewBox = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1] ?? "0 0 600 300";
  const id = escapeHtml(text.id);
  const open =
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="${viewBox}" role="img" ` +
    `aria-labelledby="${id}-judul ${id}-isi"><title id="${id}-judul">${escapeHtml(text.title)}</title>` +
    `<desc id="${id}-isi">${escapeHtml(text.description)}</desc>`;
  return (
    open +
    svg
      .replace(/^<svg[^>]*>/, "")
      // Inside role="img" the parts are presentational: drop Vega's roles.
      .replace(/<[a-z][^<>]*>/g, (tag) => tag.replace(/ (?:role|aria-[a-z]+|pointer-events)="[^"]*"/g, ""))
  );
}
