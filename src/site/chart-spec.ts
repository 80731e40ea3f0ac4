/**
 * The Vega-Lite specification of a figures chart: every estimate of one
 * category over time, coloured and shaped by claimant. Ranges are bars,
 * open bounds arrows, single values points; an estimate several reports
 * give is labelled with their number ("×3").
 */
import type { Locale } from "vega";
import type { TopLevelSpec } from "vega-lite";

export interface ChartPoint {
  /** The middle of the period the estimate is about, `YYYY-MM-DD`. */
  x: string;
  /** Claimant (or "lainnya" for the long tail). */
  series: string;
  min: number | null;
  max: number | null;
  /** How many reports give it (1 when not said). */
  reports?: number;
}

/** Colours readable on the light and the dark page (≥ 3:1 against both). */
export const SERIES_COLOURS = ["#1c7ed6", "#d9480f", "#0b8a6b", "#8a6bd1", "#d6336c", "#1098ad", "#b8860b", "#8d7b68"];
const DAY = 86_400_000;
const SHAPES = ["circle", "square", "diamond", "cross", "triangle-right", "triangle-left", "wedge", "stroke"];

const ID_LOCALE: Locale = {
  number: { decimal: ",", thousands: ".", grouping: [3], currency: ["Rp", ""] },
  time: {
    dateTime: "%A, %e %B %Y %X",
    date: "%d/%m/%Y",
    time: "%H.%M.%S",
    periods: ["AM", "PM"],
    days: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
    shortDays: ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"],
    months: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    shortMonths: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
  },
};

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above `n`: the top of the count axis. */
function niceCeiling(n: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(n, 1)));
  return ([1, 2, 2.5, 5, 10].find((f) => f * power >= n) ?? 10) * power;
}

/**
 * The chart of `points`; `series` lists the series in legend order (at most
 * eight: colours and shapes repeat after that).
 *
 * @example
 * chartSpec([{ x: "2025-01-16", series: "NIS", min: 300, max: 300, reports: 3 }], ["NIS"]).layer.length //=> 7
 */
export function chartSpec(points: readonly ChartPoint[], series: readonly string[]): TopLevelSpec & { layer: unknown[] } {
  const top = points.reduce((max, p) => Math.max(max, p.max ?? p.min ?? 0), 1);
  // An open bound is drawn as an arrow a tenth of the scale long.
  const arrow = top * 0.12;
  const values = points.map((p) => {
    const kind = p.min === null ? "down" : p.max === null ? "up" : p.min === p.max ? "point" : "range";
    // `value` is the number stated; `lo`–`hi` what the bar or the arrow spans.
    const value = p.min ?? p.max ?? 0;
    const lo = p.min ?? Math.max(0, value - arrow);
    const hi = p.max ?? value + arrow;
    // Where a label goes: by the point, at the top of a bar or an arrow up, at the tip of an arrow down.
    const at = kind === "point" ? value : kind === "down" ? lo : hi;
    const reports = p.reports ?? 1;
    return { x: p.x, series: p.series, kind, value, lo, hi, at, label: reports > 1 ? `×${reports}` : "" };
  });
  // The time axis spans the estimates with a margin, ticking every 1, 2, 6 or 12 months.
  const times = points.map((p) => Date.parse(p.x));
  const first = times.reduce((a, b) => Math.min(a, b), Infinity);
  const last = times.reduce((a, b) => Math.max(a, b), -Infinity);
  const margin = Math.max(20 * DAY, (last - first) * 0.05);
  const months = (last - first) / (30 * DAY);
  const step = months <= 8 ? 1 : months <= 16 ? 2 : months <= 48 ? 6 : 12;
  const x = {
    field: "x",
    type: "temporal" as const,
    title: null,
    scale: { type: "utc" as const, domain: [first - margin, last + margin], nice: false },
    axis: { format: "%b %Y", labelAngle: 0, labelOverlap: "greedy" as const, tickCount: { interval: "month" as const, step } },
  };
  const yScale = { domain: [0, niceCeiling(top + arrow * 0.5)], nice: false };
  const y = { field: "lo", type: "quantitative" as const, title: "jumlah orang", scale: yScale, axis: { format: ",d", tickCount: 5 } };
  const byClaimant = { field: "series", type: "nominal" as const, title: "Sumber", legend: { labelLimit: 300 } };
  const colour = { ...byClaimant, scale: { domain: [...series], range: SERIES_COLOURS } };
  const shape = { ...byClaimant, scale: { domain: [...series], range: SHAPES } };
  const only = (kind: string) => [{ filter: { field: "kind", equal: kind } }];
  const spec: TopLevelSpec & { layer: unknown[] } = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: 520,
    height: 240,
    background: null as unknown as string,
    padding: 8,
    config: {
      aria: false,
      locale: ID_LOCALE,
      font: "system-ui, sans-serif",
      view: { stroke: null },
      axis: { labelFontSize: 12, titleFontSize: 12, gridDash: [2, 3] },
      legend: { labelFontSize: 12, titleFontSize: 12, orient: "bottom", direction: "horizontal", columns: 2, symbolSize: 90, labelLimit: 220 },
    },
    data: { values },
    encoding: { x },
    layer: [
      { transform: only("range"), mark: { type: "rule", strokeWidth: 8, strokeCap: "butt" }, encoding: { y, y2: { field: "hi" }, color: colour } },
      { transform: only("up"), mark: { type: "rule", strokeWidth: 2.5 }, encoding: { y, y2: { field: "hi" }, color: colour } },
      { transform: only("up"), mark: { type: "point", shape: "triangle-up", filled: true, size: 110, opacity: 1 }, encoding: { y: { ...y, field: "hi" }, color: colour } },
      { transform: only("down"), mark: { type: "rule", strokeWidth: 2.5 }, encoding: { y, y2: { field: "hi" }, color: colour } },
      { transform: only("down"), mark: { type: "point", shape: "triangle-down", filled: true, size: 110, opacity: 1 }, encoding: { y, color: colour } },
      {
        transform: [{ filter: "datum.kind !== 'range'" }],
        mark: { type: "point", filled: true, size: 90, opacity: 1 },
        encoding: { y: { ...y, field: "value" }, color: colour, shape },
      },
      {
        transform: [{ filter: "datum.label !== ''" }],
        mark: { type: "text", align: "left", baseline: "bottom", dx: 7, dy: -3, fontSize: 11 },
        encoding: { y: { ...y, field: "at" }, text: { field: "label" } },
      },
    ],
  };
  return spec;
}
