import { describe, expect, it } from "vitest";
import type { FigureProvenance } from "../../src/schema/digest.ts";
import type { ChainLink } from "../../src/schema/entry.ts";
import { chainHtml, chainText, provenanceLine, provenanceNote, routeHtml } from "../../src/site/chain-view.ts";

const link = (id: string, name: string, role: ChainLink["role"]): ChainLink => ({ id, name, role });
const NIS = link("nis", "NIS", "claimant");
const YONHAP = link("yonhap", "Yonhap", "relay");
const REUTERS = link("reuters", "Reuters", "relay");
const METRO = link("metrotvnews-com", "Metrotvnews.com", "outlet");

const provenance = (over: Partial<FigureProvenance>): FigureProvenance => ({
  id: "deployed-11000-11000",
  category: "deployed",
  min: 11000,
  max: 11000,
  reports: 5,
  origins: [{ id: "nis", name: "NIS", reports: 5 }],
  unattributed: 0,
  relays: [],
  items: [],
  outlets: [],
  ...over,
});

describe("chainHtml", () => {
  it("writes the links in order with arrows, each name in <bdi>", () =>
    expect(chainHtml([NIS, YONHAP, METRO])).toBe(
      '<span class="chain"><bdi>NIS</bdi><span aria-hidden="true"> → </span><span class="vh"> lewat </span><bdi>Yonhap</bdi>' +
        '<span aria-hidden="true"> → </span><span class="vh"> ke </span><bdi>Metrotvnews.com</bdi></span>',
    ));

  it("escapes names from articles", () => expect(chainHtml([link("x", '<img src=x onerror="a()">', "relay")])).not.toContain("<img"));

  it("is empty for an empty chain", () => expect(chainHtml([])).toBe(""));
});

describe("chainText", () => {
  it("joins the names with arrows", () => expect(chainText([NIS, YONHAP, REUTERS, METRO])).toBe("NIS → Yonhap → Reuters → Metrotvnews.com"));
});

describe("routeHtml", () => {
  it("names the relays of a claim after 'lewat'", () => {
    const html = routeHtml([NIS, YONHAP, REUTERS, METRO], "nis");
    expect(html.replace(/<[^>]+>/g, "")).toBe(" · lewat Yonhap →  lewat Reuters");
  });

  it("says nothing for a claim that came straight from its claimant", () => expect(routeHtml([NIS, METRO], "nis")).toBe(""));

  it("names the origin when the chain starts with a medium the claimant quoted", () => {
    const html = routeHtml([link("ukrainska-pravda", "Ukrainska Pravda", "claimant"), link("kyiv-independent", "Kyiv Independent", "relay"), METRO], "kyiv-independent");
    expect(html).toBe('<span class="route"> · asal <bdi>Ukrainska Pravda</bdi></span>');
  });
});

describe("provenanceLine", () => {
  it("says how many reports, from how many origins, through how many relays", () =>
    expect(provenanceLine(provenance({ relays: [{ id: "yonhap", name: "Yonhap", reports: 3 }, { id: "cna", name: "CNA", reports: 2 }] }))).toBe(
      "5 laporan, 1 sumber asal (NIS), lewat 2 kantor berita/media (Yonhap 3×, CNA 2×)",
    ));

  it("counts the reports that name no origin", () =>
    expect(provenanceLine(provenance({ reports: 3, origins: [{ id: "nis", name: "NIS", reports: 2 }], unattributed: 1 }))).toBe(
      "3 laporan, 1 sumber asal (NIS 2×), 1 tanpa sumber yang disebut",
    ));

  it("says so when no report names an origin", () =>
    expect(provenanceLine(provenance({ reports: 2, origins: [], unattributed: 2 }))).toBe("2 laporan, tanpa sumber asal yang disebut"));

  it("puts names in <bdi>, escaped, for a page", () =>
    expect(provenanceLine(provenance({ origins: [{ id: "x", name: "A & B", reports: 5 }] }), true)).toBe("5 laporan, 1 sumber asal (<bdi>A &amp; B</bdi>)"));
});

describe("provenanceNote", () => {
  it("puts the value first, written the Indonesian way", () => expect(provenanceNote(provenance({}))).toBe("11.000: 5 laporan, 1 sumber asal (NIS)"));
});
