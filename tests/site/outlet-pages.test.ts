import { describe, expect, it } from "vitest";
import { buildEntryView } from "../../src/site/entry-view.ts";
import { buildOutletPages } from "../../src/site/outlet-pages.ts";
import { makeEntry } from "./fixtures/make-entry.ts";

const outletUrl = (name: string | null) => (name === null ? "/media/tidak-diketahui/" : `/media/${name.toLowerCase().replace(/\W+/g, "-")}/`);
const view = (id: string, outlet: string | null, date: string) =>
  buildEntryView(makeEntry({ id, outlet, published: { date }, paragraphs: [["Satu kalimat."]] }), { claimant: (c) => `/sumber/${c}/`, outlet: outletUrl });

describe("buildOutletPages", () => {
  const views = [view("a", "Liputan6.com", "2024-12-17"), view("b", null, "2025-02-01"), view("c", "Liputan6.com", "2025-02-05")];
  const { summaries, pages } = buildOutletPages(views);

  it("lists outlets with the most reports first, with their first and last dates", () =>
    expect(summaries).toEqual([
      { name: "Liputan6.com", url: "/media/liputan6-com/", count: 2, first: "17 Desember 2024", last: "5 Februari 2025", span: "17 Desember 2024 sampai 5 Februari 2025" },
      { name: "Media tidak diketahui", url: "/media/tidak-diketahui/", count: 1, first: "1 Februari 2025", last: "1 Februari 2025", span: "1 Februari 2025" },
    ]));

  it("gives each outlet a page of its reports, oldest first", () =>
    expect(pages.map((p) => [p.url, p.entries.map((e) => e.id)])).toEqual([
      ["/media/liputan6-com/", ["a", "c"]],
      ["/media/tidak-diketahui/", ["b"]],
    ]));

  it("gives the span of an outlet's dated reports and counts its undated ones apart", () => {
    const undated = (id: string, outlet: string) =>
      buildEntryView(makeEntry({ id, outlet, published: null, paragraphs: [["Satu kalimat."]] }), { claimant: (c) => `/sumber/${c}/`, outlet: outletUrl });
    const { summaries } = buildOutletPages([...views, undated("d", "Liputan6.com"), undated("e", "Tempo")]);
    expect(summaries.map((o) => [o.name, o.span])).toEqual([
      ["Liputan6.com", "17 Desember 2024 sampai 5 Februari 2025; 1 tanpa tanggal"],
      ["Media tidak diketahui", "1 Februari 2025"],
      ["Tempo", "tanpa tanggal"],
    ]);
  });

  it("splits an outlet with many reports into parts", () => {
    const many = Array.from({ length: 230 }, (_, i) => view(`x${i}`, "Kompas.com", "2025-01-01"));
    expect(buildOutletPages(many).pages.map((p) => [p.url, p.entries.length])).toEqual([
      ["/media/kompas-com/", 100],
      ["/media/kompas-com/2/", 100],
      ["/media/kompas-com/3/", 30],
    ]);
  });
});
