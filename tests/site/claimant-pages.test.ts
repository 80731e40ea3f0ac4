import { describe, expect, it } from "vitest";
import { buildClaimantPages } from "../../src/site/claimant-pages.ts";
import { buildEntryView } from "../../src/site/entry-view.ts";
import { claimant, makeEntry, place } from "./fixtures/make-entry.ts";

const links = { claimant: (id: string) => `/sumber/${id}/`, outlet: () => "/media/x/" };
const actors = [{ id: "nis", name: "NIS", description: "Badan Intelijen Nasional Korea Selatan" }];
const stated = { text: "Selasa (4/2/2025)", iso: "2025-02-04", precision: "day" as const, start: "2025-02-04", end: "2025-02-04", inferred: false, relative: false, weekday: true, place: place(0), sentence: 0 };

const later = makeEntry({
  id: "b",
  published: { date: "2025-02-27" },
  paragraphs: [["NIS menyebut 300 tentara tewas.", "Seorang pejabat militer Korsel mengatakan hal serupa."]],
  claims: [
    { sentence: 0, claimant: { id: "nis", name: "NIS" } },
    { sentence: 1, claimant: { id: "pejabat-militer-korsel", name: "Pejabat militer Korsel", known: false }, also: [claimant("nis", "NIS")] },
  ],
  figures: [{ sentence: 0, text: "300", min: 300, max: 300, category: "killed" }],
});
const earlier = makeEntry({
  id: "a",
  published: { date: "2025-02-05" },
  paragraphs: [["Badan intelijen Korea Selatan menyatakan pada Selasa (4/2/2025) pasukan ditarik."]],
  claims: [{ sentence: 0, claimant: { id: "nis", name: "NIS" }, hedge: "unverified", stated }],
});
const { summaries, pages } = buildClaimantPages([earlier, later].map((e) => buildEntryView(e, links)), actors, (id) => `/sumber/${id}/`);

describe("buildClaimantPages", () => {
  it("lists the most quoted claimant first, with the description from the lexicon", () =>
    expect(summaries[0]).toEqual({ id: "nis", name: "NIS", kind: "lembaga", about: "Badan Intelijen Nasional Korea Selatan", url: "/sumber/nis/", claims: 3, figures: 1 }));

  it("describes a claimant the lexicon does not know by the words that name it", () =>
    expect(summaries.find((s) => s.id === "pejabat-militer-korsel")?.about).toBe("Disebut dalam laporan sebagai “Pejabat militer Korsel”."));

  it("lists every claim of a claimant in time order, joint statements included", () => {
    const nis = pages.find((p) => p.id === "nis")!;
    expect(nis.items.map((i) => [i.dateLabel, i.dateKind, i.url])).toEqual([
      ["4 Februari 2025", "dinyatakan", "/artikel/a/#a-k0"],
      ["27 Februari 2025", "dilaporkan", "/artikel/b/#b-k0"],
      ["27 Februari 2025", "dilaporkan", "/artikel/b/#b-k1"],
    ]);
  });

  it("gives each claim its hedge and its figures", () => {
    const nis = pages.find((p) => p.id === "nis")!;
    expect(nis.items.map((i) => [i.hedge, i.figures])).toEqual([
      ["belum terverifikasi", []],
      ["dilaporkan", ["tewas: 300"]],
      ["dilaporkan", []],
    ]);
  });

  it("lists the relays a claimant's claims came through, most used first, and gives each claim its chain", () => {
    const yonhap = { name: "Yonhap", id: "yonhap", role: "relay" as const };
    const cna = { name: "CNA", id: "cna", role: "relay" as const };
    const nisLink = { name: "NIS", id: "nis", role: "claimant" as const };
    const relayed = makeEntry({
      id: "r",
      outlet: "Metrotvnews.com",
      paragraphs: [["NIS menyebut 300 tentara tewas.", "NIS menyebut 2.700 terluka.", "NIS menyebut pasukan ditarik."]],
      claims: [
        { sentence: 0, claimant: { id: "nis", name: "NIS" }, chain: [nisLink, yonhap, cna] },
        { sentence: 1, claimant: { id: "nis", name: "NIS" }, chain: [nisLink, yonhap] },
        { sentence: 2, claimant: { id: "nis", name: "NIS" } },
      ],
    });
    const result = buildClaimantPages([buildEntryView(relayed, links)], actors, (id) => `/sumber/${id}/`);
    const page = result.pages.find((p) => p.id === "nis")!;
    expect(page.relays).toEqual([{ name: "Yonhap", claims: 2 }, { name: "CNA", claims: 1 }]);
    const plain = (html: string) => html.replace(/<span class="vh">[^<]*<\/span>/g, "").replace(/<[^>]+>/g, "");
    expect(page.items.map((i) => plain(i.chain))).toEqual(["NIS → Yonhap → CNA", "NIS → Yonhap", "NIS → Metrotvnews.com"]);
    expect(pages.find((p) => p.id === "nis")!.relays).toEqual([]);
  });

  it("lists a figure whose owner made no attributed claim under that owner", () => {
    const loose = makeEntry({ id: "c", paragraphs: [["Sekitar 600 tentara tewas."]], figures: [{ sentence: 0, text: "600", min: 600, max: 600, category: "killed", claimant: { id: "outlet", name: "Redaksi" } }] });
    const result = buildClaimantPages([buildEntryView(loose, links)], [], (id) => `/sumber/${id}/`);
    expect(result.pages[0]!.items.map((i) => [i.url, i.figures])).toEqual([["/artikel/c/#angka-0", ["tewas: 600"]]]);
  });
});
