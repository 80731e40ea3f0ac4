import { describe, expect, it } from "vitest";
import { everything } from "../../src/site/render-plan.ts";
import { buildSiteData, renderFigureCharts } from "../../src/site/site-data.ts";
import { makeEntry } from "./fixtures/make-entry.ts";

const entries = [
  makeEntry({ id: "c", outlet: null, published: { date: "2025-04", precision: "month", start: "2025-04-01", end: "2025-04-30", estimated: true, basis: "context" }, paragraphs: [["NIS menyebut 600 tewas."]], claims: [{ sentence: 0, claimant: { id: "nis", name: "NIS" } }], figures: [{ sentence: 0, text: "600", min: 600, max: 600, category: "killed" }] }),
  makeEntry({ id: "a", outlet: "Liputan6.com", published: { date: "2024-12-17" }, paragraphs: [["GUR melaporkan 30 korban."]], claims: [{ sentence: 0, claimant: { id: "gur", name: "GUR" } }], figures: [{ sentence: 0, text: "30", min: 30, max: 30, category: "casualties" }] }),
  makeEntry({ id: "b", outlet: "Tidak Diketahui", published: { date: "2025-02-05" }, paragraphs: [["Satu kalimat."]] }),
];
const site = buildSiteData(entries);

describe("buildSiteData", () => {
  it("orders entries oldest first and links each to its neighbours", () => {
    expect(site.entries.map((e) => e.id)).toEqual(["a", "b", "c"]);
    expect([site.entries[0]!.previous, site.entries[0]!.next?.url, site.entries[2]!.previous?.url, site.entries[2]!.next]).toEqual([null, "/artikel/b/", "/artikel/b/", null]);
  });

  it("marks an estimated date and says what it rests on", () =>
    expect([site.entries[2]!.dateLabel, site.entries[2]!.basisLabel, site.entries[2]!.estimated]).toEqual(["perkiraan: April 2025", "perkiraan dari artikel lain", true]));

  it("sends entries without an outlet to one page, apart from an outlet of the same name", () =>
    expect(site.entries.map((e) => e.outlet.url)).toEqual(["/media/liputan6-com/", "/media/tidak-diketahui-2/", "/media/tidak-diketahui/"]));

  it("links claimants to their pages", () => expect(site.claimants.summaries.map((c) => c.url).sort()).toEqual(["/sumber/gur/", "/sumber/nis/"]));

  it("dates the site by its newest article, never by the clock", () => {
    expect(site.updated).toBe("2025-04-30");
    expect(site.feed.updated.toISOString()).toBe("2025-04-01T00:00:00.000Z");
  });

  it("keeps every figure section on the one Angka page when there are few", () =>
    expect([site.figures.inline, site.figures.total, site.figures.sections.map((s) => s.slug)]).toEqual([true, 2, ["tewas", "korban"]]));

  it("renders each chart into the site data", async () => {
    await renderFigureCharts({ ...site, render: everything(site) });
    for (const section of site.figures.sections) expect(section.chart.svg).toMatch(/^<svg [^>]*role="img"/);
  });

  it("builds a site of thousands of entries with no page over the page size", () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      makeEntry({ id: `n${i}`, outlet: `Media ${i % 7}`, published: { date: `2025-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, "0")}` }, paragraphs: [["NIS menyebut 300 tewas."]], claims: [{ sentence: 0, claimant: { id: "nis", name: "NIS" } }] }),
    );
    const big = buildSiteData(many);
    expect(big.timeline.pages.every((p) => p.entries.length <= 100)).toBe(true);
    expect(big.outlets.pages.every((p) => p.entries.length <= 100)).toBe(true);
    expect(big.claimants.pages.every((p) => p.items.length <= 100)).toBe(true);
    expect(big.timeline.home.groups.reduce((n, g) => n + g.entries.length, 0)).toBeLessThanOrEqual(60);
  });
});

describe("buildSiteData with an undated report", () => {
  const undated = makeEntry({ id: "0", published: null, paragraphs: [["NIS menyebut 600 tewas."]], claims: [{ sentence: 0, claimant: { id: "nis", name: "NIS" } }] });
  const withUndated = buildSiteData([undated, ...entries]);

  it("puts it after every dated report, linked as the last one's neighbour", () => {
    expect(withUndated.entries.map((e) => e.id)).toEqual(["a", "b", "c", "0"]);
    expect(withUndated.entries[2]!.next?.url).toBe("/artikel/0/");
  });

  it("labels it undated, with no date to put in a <time> element", () =>
    expect([withUndated.entries[3]!.dateLabel, withUndated.entries[3]!.datetime, withUndated.entries[3]!.month, withUndated.entries[3]!.estimated]).toEqual(["tanpa tanggal", null, null, false]));

  it("dates the site and its feeds by the dated reports only", () => {
    expect(withUndated.updated).toBe("2025-04-30");
    expect(withUndated.feed.items.map((i) => i.url)).toEqual(["/artikel/c/", "/artikel/b/", "/artikel/a/"]);
  });

  it("lists its claims on the claimant's page after the dated ones, with no date", () => {
    const nis = withUndated.claimants.pages.find((p) => p.url === "/sumber/nis/")!;
    expect(nis.items.map((i) => [i.entry.url, i.iso, i.dateLabel])).toEqual([
      ["/artikel/c/", "2025-04", "perkiraan: April 2025"],
      ["/artikel/0/", null, "tanpa tanggal"],
    ]);
  });
});
