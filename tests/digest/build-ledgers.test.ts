import { describe, expect, it } from "vitest";
import { buildLedgers, ledgerItems } from "../../src/digest/build-ledgers.ts";
import { NIS, claimant, entry, mention } from "./helpers/entry.ts";

const LAWMAKER = claimant("sk-lawmaker", "Anggota parlemen Korsel");
const OUTLET = claimant("outlet", "Redaksi", false);
const WESTERN = claimant("western-officials", "Pejabat Barat");
const january = mention({ text: "Januari", iso: "2025-01", precision: "month", start: "2025-01-01", end: "2025-01-31", sentence: 0, inferred: true });
const lastYear = mention({ text: "tahun lalu", iso: "2024", precision: "year", start: "2024-01-01", end: "2024-12-31", sentence: 0, inferred: true, relative: true });

/** 001-like: NIS's January figures and last year's deployment, published 27 February 2025, 16:59. */
const metro = entry({
  id: "a",
  title: "Korsel Sebut Korea Utara Tambah Pengiriman Pasukan ke Rusia",
  outlet: "Metrotvnews.com",
  published: { start: "2025-02-27", date: "2025-02-27T16:59", precision: "minute", basis: "byline" },
  sentences: ["Pada Januari, NIS memperkirakan bahwa sekitar 300 tentara Korea Utara telah tewas dan 2.700 lainnya terluka."],
  figures: [
    { text: "sekitar 300", quote: "sekitar 300 tentara Korea Utara telah tewas", min: 300, max: 300, category: "killed", claimant: NIS, refersTo: january, sentence: 0 },
    { text: "2.700", min: 2700, max: 2700, category: "wounded", claimant: NIS, refersTo: january, sentence: 0 },
    { text: "sekitar 11.000", min: 11000, max: 11000, category: "deployed", claimant: NIS, refersTo: lastYear, sentence: 0 },
  ],
});
/** 004-like: estimated to April 2025; its first figure is not a troop count. */
const april = { start: "2025-04-01", end: "2025-04-30", date: "2025-04", precision: "month", basis: "context", estimated: true } as const;
const lawmaker = entry({
  id: "b",
  outlet: null,
  published: april,
  sentences: ["Militer Rusia mengatakan 5.937 tentara telah tewas.", "Sekitar 600 tentara Korea Utara gugur.", "Ratusan Tentara Korea Utara Tewas."],
  figures: [
    { text: "5.937", min: 5937, max: 5937, category: "other", claimant: claimant("russia-military", "Militer Rusia"), sentence: 0 },
    { text: "Sekitar 600", min: 600, max: 600, category: "killed", claimant: LAWMAKER, sentence: 1 },
    { text: "Ratusan", min: 100, max: 999, category: "killed", claimant: OUTLET, sentence: 2 },
  ],
});
/** 002-like: Western officials' "setidaknya 1.000" killed in January. */
const bbc = entry({
  id: "c",
  outlet: null,
  sentences: ["Pada Januari, pejabat Barat percaya setidaknya 1.000 tentara telah tewas."],
  figures: [{ text: "setidaknya 1.000", min: 1000, max: null, category: "killed", claimant: WESTERN, refersTo: january, sentence: 0 }],
});

describe("buildLedgers", () => {
  it("makes one ledger per category that has troop figures, in the schema's order, and leaves 'other' out", () => {
    expect(buildLedgers([lawmaker, metro, bbc]).map((l) => [l.category, l.items.length])).toEqual([
      ["deployed", 1],
      ["killed", 4],
      ["wounded", 1],
    ]);
  });

  it("orders a ledger by the time each estimate holds for, then by its lowest value", () => {
    const killed = buildLedgers([lawmaker, metro, bbc]).find((l) => l.category === "killed")!;
    // January (300 before 1,000 or more), then April, the estimated date of "b" (100–999 before 600).
    expect(killed.items.map((i) => [i.entry, i.text, i.when.start])).toEqual([
      ["a", "sekitar 300", "2025-01-01"],
      ["c", "setidaknya 1.000", "2025-01-01"],
      ["b", "Ratusan", "2025-04-01"],
      ["b", "Sekitar 600", "2025-04-01"],
    ]);
  });

  it("puts the same estimate for the same time from two articles in the order of their ids", () => {
    const told = (id: string) => entry({ id, sentences: ["Sekitar 600 tentara gugur."], figures: [{ text: "Sekitar 600", min: 600, max: 600, category: "killed", claimant: LAWMAKER, sentence: 0 }] });
    expect(buildLedgers([told("z"), told("y")])[0]!.items.map((i) => i.entry)).toEqual(["y", "z"]);
  });

  it("makes no ledger of articles without troop figures", () => {
    expect(buildLedgers([entry({ id: "d", sentences: ["Harga roti naik."] })])).toEqual([]);
  });
});

describe("ledgerItems", () => {
  it("copies a figure with its article, its claimant, the time it holds for and its chain", () => {
    expect(ledgerItems([metro])[0]).toEqual({
      category: "killed",
      entry: "a",
      entryTitle: "Korsel Sebut Korea Utara Tambah Pengiriman Pasukan ke Rusia",
      outlet: "Metrotvnews.com",
      published: "2025-02-27T16:59",
      claimant: { id: "nis", name: "NIS", known: true },
      min: 300,
      max: 300,
      bound: null,
      vague: false,
      hedge: "reported",
      text: "sekitar 300",
      quote: "sekitar 300 tentara Korea Utara telah tewas",
      when: { iso: "2025-01", precision: "month", start: "2025-01-01", end: "2025-01-31", basis: "refers-to", estimated: false },
      figure: 0,
      chain: [
        { name: "NIS", id: "nis", role: "claimant" },
        { name: "Metrotvnews.com", id: "metrotvnews-com", role: "outlet" },
      ],
    });
  });

  it("keeps each figure's index in its article, 'other' figures counted", () => {
    // "5.937" (other) is figure 0 of "b": the lawmaker's 600 is figure 1, "Ratusan" figure 2.
    expect(ledgerItems([lawmaker]).map((i) => [i.text, i.figure, i.outlet, i.published, i.when.basis, i.when.estimated])).toEqual([
      ["Sekitar 600", 1, null, "2025-04", "published", true],
      ["Ratusan", 2, null, "2025-04", "published", true],
    ]);
  });

  it("keeps a figure of an undated article that its own text dates, and leaves out one nothing places in time", () => {
    const undated = entry({
      id: "u",
      published: null,
      sentences: ["Pada Januari, NIS memperkirakan 300 tentara tewas.", "Sekitar 600 tentara Korea Utara gugur."],
      figures: [
        { text: "300", min: 300, max: 300, category: "killed", claimant: NIS, refersTo: january, sentence: 0 },
        { text: "Sekitar 600", min: 600, max: 600, category: "killed", claimant: LAWMAKER, sentence: 1 },
      ],
    });
    expect(ledgerItems([undated]).map((i) => [i.text, i.published, i.when.iso, i.when.basis])).toEqual([["300", null, "2025-01", "refers-to"]]);
  });
});
