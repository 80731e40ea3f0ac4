import { describe, expect, it } from "vitest";
import type { Digest, LedgerItem } from "../../src/schema/digest.ts";
import { buildFigureSections } from "../../src/site/figure-sections.ts";

function item(over: Partial<LedgerItem> & Pick<LedgerItem, "entry" | "figure" | "min" | "max">): LedgerItem {
  return {
    category: "killed",
    entryTitle: `Laporan ${over.entry}`,
    outlet: "Metrotvnews.com",
    published: "2025-02-27",
    claimant: { id: "nis", name: "NIS", known: true },
    bound: null,
    vague: false,
    hedge: "estimated",
    text: String(over.min),
    quote: "…",
    when: { iso: "2025-01", precision: "month", start: "2025-01-01", end: "2025-01-31", basis: "refers-to", estimated: false },
    chain: [{ name: over.claimant?.name ?? "NIS", id: over.claimant?.id ?? "nis", role: "claimant" }],
    ...over,
  };
}

const nis = item({ entry: "a", figure: 1, min: 300, max: 300, text: "sekitar 300" });
const west = item({ entry: "b", figure: 0, min: 1000, max: null, claimant: { id: "western-officials", name: "Pejabat Barat", known: true }, outlet: null, hedge: "reported" });
const digest: Digest = {
  ledgers: [
    { category: "killed", items: [west, nis] },
    { category: "other", items: [item({ entry: "c", figure: 0, min: 45100, max: 45100, category: "other" })] },
    { category: "wounded", items: [] },
  ],
  corroborations: [],
  provenance: [],
  disagreements: [{ category: "killed", period: { start: "2025-01-01", end: "2025-01-31" }, a: nis, b: west, reason: "…" }],
  events: [],
};
const sections = buildFigureSections(digest, { entry: (id) => `/artikel/${id}/`, claimant: (id) => `/sumber/${id}/` });

describe("buildFigureSections", () => {
  it("makes a section per troop category that has estimates, with an Indonesian label", () =>
    expect(sections.map((s) => [s.category, s.label, s.url])).toEqual([["killed", "tewas", "/angka/tewas/"]]));

  it("lists every estimate in the table with its period, claimant, value and report", () =>
    expect(sections[0]!.rows.map((r) => [r.when, r.whenBasis, r.claimant.name, r.value, r.words, r.hedge, r.entry.url, r.entry.outlet])).toEqual([
      ["Januari 2025", "waktu yang dimaksud", "NIS", "300", "sekitar 300", "perkiraan", "/artikel/a/#angka-1", "Metrotvnews.com"],
      ["Januari 2025", "waktu yang dimaksud", "Pejabat Barat", "≥ 1.000", "1000", "dilaporkan", "/artikel/b/#angka-0", "Media tidak diketahui"],
    ]));

  it("flags both sides of a disagreement in the table and in a note", () => {
    expect(sections[0]!.rows.map((r) => r.disagrees)).toEqual([["Pejabat Barat: ≥ 1.000"], ["NIS: 300"]]);
    expect(sections[0]!.disagreements).toEqual(["NIS (300) dan Pejabat Barat (≥ 1.000) tentang 1–31 Januari 2025"]);
  });

  it("gives the chart the same estimates as the table, by claimant", () => {
    const values = (sections[0]!.chart.spec.data as { values: { series: string; lo: number; kind: string }[] }).values;
    expect(values.map((v) => [v.series, v.kind, v.lo])).toEqual([["NIS", "point", 300], ["Pejabat Barat", "up", 1000]]);
  });

  it("describes the chart in words: how many, from whom, lowest and highest", () =>
    expect(sections[0]!.chart.description).toBe(
      "Grafik 2 perkiraan jumlah tewas dari 2 sumber, Januari 2025 sampai Januari 2025: rentang sebagai batang, batas terbuka sebagai panah, angka tunggal sebagai titik. Terendah 300 (NIS), tertinggi ≥ 1.000 (Pejabat Barat). Data lengkapnya ada di tabel.",
    ));

  it("keeps seven claimants apart in the chart and pools the rest as 'lainnya'", () => {
    const many = Array.from({ length: 10 }, (_, i) => item({ entry: `e${i}`, figure: 0, min: 100 * (i + 1), max: 100 * (i + 1), claimant: { id: `c${i}`, name: `Sumber ${i}`, known: false } }));
    const [section] = buildFigureSections({ ...digest, ledgers: [{ category: "killed", items: many }], disagreements: [] }, { entry: (id) => id, claimant: (id) => id });
    const series = (section!.chart.spec.data as { values: { series: string }[] }).values.map((v) => v.series);
    expect(new Set(series).size).toBe(8);
    expect(series.filter((s) => s === "lainnya")).toHaveLength(3);
    expect(section!.rows).toHaveLength(10);
  });

  it("shows each estimate's chain in the table", () => {
    const relayed = { ...nis, chain: [{ name: "NIS", id: "nis", role: "claimant" as const }, { name: "Yonhap", id: "yonhap", role: "relay" as const }] };
    const [section] = buildFigureSections({ ...digest, ledgers: [{ category: "killed", items: [relayed] }], disagreements: [] }, { entry: (id) => id, claimant: (id) => id });
    expect(section!.rows[0]!.chain.replace(/<span class="vh">[^<]*<\/span>/g, "").replace(/<[^>]+>/g, "")).toBe("NIS → Yonhap");
  });

  it("says who stands behind a value several reports give, in the section and in the chart's description", () => {
    const retold: Digest["provenance"][number] = {
      id: "killed-300-300",
      category: "killed",
      min: 300,
      max: 300,
      reports: 3,
      origins: [{ id: "nis", name: "NIS", reports: 3 }],
      unattributed: 0,
      relays: [{ id: "yonhap", name: "Yonhap", reports: 2 }],
      items: [],
      outlets: [],
    };
    const [section] = buildFigureSections({ ...digest, provenance: [retold, { ...retold, category: "wounded" }] }, { entry: (id) => id, claimant: (id) => id });
    expect(section!.provenance).toEqual(["300: 3 laporan, 1 sumber asal (<bdi>NIS</bdi>), lewat 1 kantor berita/media (<bdi>Yonhap</bdi> 2×)"]);
    expect(section!.chart.description).toContain("Angka yang dimuat beberapa laporan — 300: 3 laporan, 1 sumber asal (NIS), lewat 1 kantor berita/media (Yonhap 2×).");
    expect(section!.chart.description).not.toContain("×N");
    expect(sections[0]!.provenance).toEqual([]);
  });

  it("labels a mark of the chart with the number of reports that give it", () => {
    const again = [{ ...nis, entry: "y" }, { ...nis, entry: "z" }, { ...nis, entry: "z", figure: 4 }];
    const [section] = buildFigureSections({ ...digest, ledgers: [{ category: "killed", items: [nis, ...again, west] }], disagreements: [] }, { entry: (id) => id, claimant: (id) => id });
    const values = (section!.chart.spec.data as { values: { series: string; label: string }[] }).values;
    expect(values.map((v) => [v.series, v.label])).toEqual([["NIS", "×3"], ["Pejabat Barat", ""]]);
    expect(section!.chart.description).toContain("Tanda ×N di samping titik atau batang: perkiraan itu dimuat N laporan.");
  });

  it("draws an estimate that several reports retell for the same time once", () => {
    const again = { ...nis, entry: "z" };
    const [section] = buildFigureSections({ ...digest, ledgers: [{ category: "killed", items: [nis, again, west] }], disagreements: [] }, { entry: (id) => id, claimant: (id) => id });
    expect(section!.rows).toHaveLength(3);
    expect((section!.chart.spec.data as { values: unknown[] }).values).toHaveLength(2);
  });
});
