/**
 * Renders a Vega-Lite chart to SVG markup at build time (no client script),
 * with a text alternative, cached by its specification so that a rebuild or a
 * second page showing the same chart costs nothing.
 */
import { createHash } from "node:crypto";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { escapeHtml } from "./escape-html.ts";

export interface ChartText {
  /** Unique in the page: prefix of the ids of `<title>` and `<desc>`. */
  id: string;
  title: string;
  description: string;
}

const cache = new Map<string, Promise<string>>();

/** Vega's SVG, as rendered once per distinct specification. */
function rawSvg(spec: TopLevelSpec): Promise<string> {
  const json = JSON.stringify(spec);
  const key = createHash("sha256").update(json).digest("hex");
  let svg = cache.get(key);
  if (!svg) {
    const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
    svg = view.toSVG().finally(() => view.finalize());
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
