import { describe, expect, it } from "vitest";
import { chartSpec } from "../../src/site/chart-spec.ts";
import { renderChart } from "../../src/site/render-chart.ts";

const spec = chartSpec(
  [
    { x: "2025-01-16", series: "NIS", min: 300, max: 300 },
    { x: "2025-02-01", series: '<script>alert("x")</script> & co', min: 1000, max: null },
  ],
  ["NIS", '<script>alert("x")</script> & co'],
);
const text = { id: "grafik-tewas", title: "Perkiraan jumlah tewas", description: "Dua perkiraan <tewas> & lainnya." };

describe("renderChart", () => {
  it("renders an SVG image labelled by its title and description", async () => {
    const svg = await renderChart(spec, text);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart-svg" viewBox="0 0 [\d.]+ [\d.]+" role="img" aria-labelledby="grafik-tewas-judul grafik-tewas-isi">/);
    expect(svg).toContain('<title id="grafik-tewas-judul">Perkiraan jumlah tewas</title><desc id="grafik-tewas-isi">Dua perkiraan &lt;tewas&gt; &amp; lainnya.</desc>');
  });

  it("draws the axis labels and the legend as text, in Indonesian", async () => {
    const svg = await renderChart(spec, text);
    expect(svg).toContain(">jumlah orang</text>");
    expect(svg).toContain(">1.000</text>");
    expect(svg).toMatch(/>(?:Jan|Feb) 2025<\/text>/);
    expect(svg).toContain(">NIS</text>");
  });

  it("escapes claimant names inside the SVG", async () => {
    const svg = await renderChart(spec, text);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;");
  });

  it("drops Vega's roles and fixed size, leaving one role for the whole image", async () => {
    const svg = await renderChart(spec, text);
    expect(svg.match(/ role="/g)).toHaveLength(1);
    expect(svg).not.toMatch(/aria-(?:hidden|roledescription)|<svg[^>]* width=/);
  });

  it("gives the same SVG for the same data, whatever the ids", async () => {
    const again = chartSpec([{ x: "2025-01-16", series: "NIS", min: 300, max: 300 }], ["NIS"]);
    const [a, b] = await Promise.all([renderChart(again, text), renderChart(structuredClone(again), { ...text, id: "beda" })]);
    expect(b.replace(/beda/g, "grafik-tewas")).toBe(a);
  });
});
