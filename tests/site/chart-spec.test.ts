import { describe, expect, it } from "vitest";
import { chartSpec, SERIES_COLOURS } from "../../src/site/chart-spec.ts";

type Row = { series: string; kind: string; value: number; lo: number; hi: number };
const rowsOf = (spec: ReturnType<typeof chartSpec>) => (spec.data as { values: Row[] }).values;

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe("chartSpec", () => {
  const spec = chartSpec(
    [
      { x: "2025-01-16", series: "NIS", min: 300, max: 300 },
      { x: "2025-01-16", series: "ABC", min: 1000, max: 3000 },
      { x: "2025-02-01", series: "Barat", min: 1000, max: null },
      { x: "2025-03-01", series: "X", min: null, max: 500 },
    ],
    ["NIS", "ABC", "Barat", "X"],
  );

  it("draws a single value as a point, a range as a bar from min to max", () =>
    expect(rowsOf(spec).slice(0, 2).map((r) => [r.kind, r.lo, r.hi])).toEqual([["point", 300, 300], ["range", 1000, 3000]]));

  it("draws an open upper bound as an arrow up from the stated value", () => {
    const up = rowsOf(spec)[2]!;
    expect([up.kind, up.value, up.lo]).toEqual(["up", 1000, 1000]);
    expect(up.hi).toBeGreaterThan(1000);
  });

  it("draws an open lower bound as an arrow down from the stated value", () => {
    const down = rowsOf(spec)[3]!;
    expect([down.kind, down.value, down.hi]).toEqual(["down", 500, 500]);
    expect(down.lo).toBeLessThan(500);
  });

  it("starts the count axis at zero and ends it at a round number above every value", () => {
    const scale = (spec.layer[0] as { encoding: { y: { scale: { domain: number[] } } } }).encoding.y.scale.domain;
    expect(scale[0]).toBe(0);
    expect(scale[1]).toBe(5000);
  });

  it("labels an estimate several reports give with their number, at its mark", () => {
    const labelled = chartSpec(
      [
        { x: "2025-01-16", series: "NIS", min: 300, max: 300, reports: 3 },
        { x: "2025-01-16", series: "ABC", min: 1000, max: 3000, reports: 2 },
        { x: "2025-02-01", series: "Barat", min: 1000, max: null },
      ],
      ["NIS", "ABC", "Barat"],
    );
    const rows = (labelled.data as { values: { label: string; at: number; hi: number }[] }).values;
    expect(rows.map((r) => r.label)).toEqual(["×3", "×2", ""]);
    expect(rows.map((r) => r.at).slice(0, 2)).toEqual([300, 3000]);
    expect(JSON.stringify(labelled.layer.at(-1))).toContain('"type":"text"');
  });

  it("keeps Vega's own ARIA off (the page gives the chart its text alternative)", () => expect(spec.config?.aria).toBe(false));

  it("formats numbers and months the Indonesian way", () => {
    expect(spec.config?.locale?.number?.thousands).toBe(".");
    expect(spec.config?.locale?.time?.months?.[7]).toBe("Agustus");
  });

  it("uses series colours readable on both the light and the dark page", () => {
    for (const colour of SERIES_COLOURS) {
      expect(contrast(colour, "#fdfcf9"), colour).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, "#17181b"), colour).toBeGreaterThanOrEqual(3);
    }
  });
});
