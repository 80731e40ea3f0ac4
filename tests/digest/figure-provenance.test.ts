import { describe, expect, it } from "vitest";
import { figureProvenance } from "../../src/digest/figure-provenance.ts";
import type { Claimant, Entry, Figure } from "../../src/schema/entry.ts";
import { GUR, NIS, chainOf, claimant, entry, relay } from "./helpers/entry.ts";

const OUTLET = claimant("outlet", "Redaksi", false);
const WEST = claimant("western-officials", "Pejabat Barat");
const YONHAP = relay("yonhap", "Yonhap");
const CNA = relay("cna", "CNA");
const REUTERS = relay("reuters", "Reuters");

interface Told {
  who: Claimant;
  min?: number;
  relays?: ReturnType<typeof relay>[];
  category?: Figure["category"];
}

/** An article of `outlet` reporting "11.000" deployed (or `min`), once per item of `told`. */
function report(id: string, outlet: string | null, told: Told[]): Entry {
  return entry({
    id,
    outlet,
    sentences: ["Kalimat tentang pasukan."],
    figures: told.map((t) => ({ text: String(t.min ?? 11000), min: t.min ?? 11000, max: t.min ?? 11000, category: t.category ?? "deployed", claimant: t.who, sentence: 0, chain: chainOf(t.who, outlet, t.relays) })),
  });
}

describe("figureProvenance", () => {
  it("counts one origin behind five reports of one briefing, and the relays it came through", () => {
    const entries = [
      report("a", "Liputan6.com", [{ who: NIS, relays: [CNA] }]),
      report("b", "Metrotvnews.com", [{ who: NIS, relays: [YONHAP] }]),
      report("c", "Kompas.com", [{ who: NIS, relays: [YONHAP, REUTERS] }]),
      report("d", "Tempo", [{ who: NIS, relays: [YONHAP] }]),
      report("e", "Antara", [{ who: NIS }]),
    ];
    const [p] = figureProvenance(entries);
    expect(p).toMatchObject({ id: "deployed-11000-11000", category: "deployed", min: 11000, max: 11000, reports: 5, unattributed: 0 });
    expect(p!.origins).toEqual([{ id: "nis", name: "NIS", reports: 5 }]);
    expect(p!.relays).toEqual([
      { id: "yonhap", name: "Yonhap", reports: 3 },
      { id: "cna", name: "CNA", reports: 1 },
      { id: "reuters", name: "Reuters", reports: 1 },
    ]);
    expect(p!.outlets).toEqual(["Liputan6.com", "Metrotvnews.com", "Kompas.com", "Tempo", "Antara"]);
    expect(p!.items.map((i) => i.chain.map((l) => l.id).join(">"))).toContain("nis>yonhap>reuters>kompas-com");
  });

  it("counts independent origins apart, and the reports that name none", () => {
    const entries = [report("a", "Liputan6.com", [{ who: NIS }]), report("b", null, [{ who: WEST, relays: [relay("bbc", "BBC")] }]), report("c", "Tempo", [{ who: OUTLET }])];
    const [p] = figureProvenance(entries);
    expect(p!.reports).toBe(3);
    expect(p!.origins.map((o) => [o.id, o.reports])).toEqual([["nis", 1], ["western-officials", 1]]);
    expect(p!.unattributed).toBe(1);
    expect(p!.outlets).toEqual(["Liputan6.com", "Media tidak diketahui", "Tempo"]);
  });

  it("counts an article once however often it repeats the figure, and keeps each of its chains once", () => {
    const entries = [report("a", "Liputan6.com", [{ who: NIS }, { who: NIS }, { who: GUR }]), report("b", "Tempo", [{ who: NIS }])];
    const [p] = figureProvenance(entries);
    expect(p!.reports).toBe(2);
    expect(p!.origins).toEqual([{ id: "nis", name: "NIS", reports: 2 }, { id: "gur", name: "GUR", reports: 1 }]);
    expect(p!.items.map((i) => [i.entry, i.figure])).toEqual([["a", 0], ["a", 2], ["b", 0]]);
  });

  it("leaves out a figure only one article reports, other values, and numbers that are not troop counts", () => {
    const entries = [
      report("a", "Liputan6.com", [{ who: NIS }, { who: NIS, min: 300 }, { who: NIS, min: 5937, category: "other" }]),
      report("b", "Tempo", [{ who: NIS, min: 301 }, { who: NIS, min: 5937, category: "other" }]),
    ];
    expect(figureProvenance(entries)).toEqual([]);
  });

  it("orders figures by category, then by how many report them", () => {
    const entries = ["a", "b", "c"].map((id, i) =>
      report(id, "Tempo", [{ who: NIS, min: 300, category: "killed" }, ...(i < 2 ? [{ who: NIS }] : []), { who: GUR, min: 100, category: "killed" }]),
    );
    expect(figureProvenance(entries).map((p) => [p.id, p.reports])).toEqual([["deployed-11000-11000", 2], ["killed-100-100", 3], ["killed-300-300", 3]]);
  });
});
