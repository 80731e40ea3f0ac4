import { describe, expect, it } from "vitest";
import { findCorroborations } from "../../src/digest/find-corroborations.ts";
import type { Claimant, Entry } from "../../src/schema/entry.ts";
import { GUR, NIS, claimant, entry } from "./helpers/entry.ts";

const OUTLET = claimant("outlet", "Redaksi", false);
const JCS = claimant("jcs", "JCS Korsel");

function killed(id: string, outlet: string | null, figures: { who: Claimant; min: number; max: number | null; quote: string; category?: "killed" | "other" }[]): Entry {
  return entry({
    id,
    outlet,
    sentences: ["Kalimat tentang korban."],
    figures: figures.map((f) => ({ text: String(f.min), quote: f.quote, min: f.min, max: f.max, category: f.category ?? "killed", claimant: f.who, sentence: 0 })),
  });
}

describe("findCorroborations: the same figure", () => {
  it("joins the same claimant's same number of the same category in two articles, once per article", () => {
    const a = killed("a", "Liputan6.com", [
      { who: NIS, min: 300, max: 300, quote: "sekitar 300 tentara Korea Utara telah tewas" },
      { who: NIS, min: 300, max: 300, quote: "300 tentara itu tewas" },
    ]);
    const b = killed("b", null, [{ who: NIS, min: 300, max: 300, quote: "300 tentara tewas" }]);
    expect(findCorroborations([a, b])).toEqual([
      {
        id: "f-nis-killed-300-300",
        kind: "same-figure",
        claimant: { id: "nis", name: "NIS" },
        category: "killed",
        min: 300,
        max: 300,
        text: "sekitar 300 tentara Korea Utara telah tewas",
        items: [
          { entry: "a", entryTitle: "Judul a", outlet: "Liputan6.com", published: "2025-02-05", text: "sekitar 300 tentara Korea Utara telah tewas" },
          { entry: "b", entryTitle: "Judul b", outlet: null, published: "2025-02-05", text: "300 tentara tewas" },
        ],
        outlets: ["Liputan6.com", "Media tidak diketahui"],
      },
    ]);
  });

  it("names an open bound 'null' in the id", () => {
    const a = killed("a", "Liputan6.com", [{ who: NIS, min: 1000, max: null, quote: "setidaknya 1.000" }]);
    const b = killed("b", "Metrotvnews.com", [{ who: NIS, min: 1000, max: null, quote: "setidaknya 1.000 tewas" }]);
    expect(findCorroborations([a, b]).map((c) => [c.id, c.outlets])).toEqual([["f-nis-killed-1000-null", ["Liputan6.com", "Metrotvnews.com"]]]);
  });

  it("does not join other claimants, other numbers, an outlet's own voice, figures that are not troop counts, or one article", () => {
    const a = killed("a", "Liputan6.com", [
      { who: NIS, min: 300, max: 300, quote: "300" },
      { who: OUTLET, min: 600, max: 600, quote: "600" },
      { who: NIS, min: 5937, max: 5937, quote: "5.937", category: "other" },
    ]);
    const b = killed("b", null, [
      { who: GUR, min: 300, max: 300, quote: "300" },
      { who: NIS, min: 301, max: 301, quote: "301" },
      { who: OUTLET, min: 600, max: 600, quote: "600" },
      { who: NIS, min: 5937, max: 5937, quote: "5.937", category: "other" },
    ]);
    expect(findCorroborations([a, b])).toEqual([]);
  });
});

// In a corpus of six sentences a word of more than two is common and left out: "Korea" and "Kursk"
// (four each), "kirim" and "tank" (three each). What is left of the two claims below is
// "baru garis depan intel Seoul", the same five words ("kata" is a function word).
const TOLD_A = "Korea kirim tank baru ke garis depan Kursk, kata intel Seoul.";
const TOLD_B = "Intel Seoul: Korea kirim tank baru ke garis depan Kursk.";

function told(a: { who: Claimant; text?: string }, b: { who: Claimant; text?: string }): Entry[] {
  return [
    entry({ id: "a", sentences: [a.text ?? TOLD_A, "Cuaca Kursk dingin."], claims: [{ sentence: 0, claimant: a.who }] }),
    entry({ id: "b", outlet: null, sentences: [b.text ?? TOLD_B, "Korea diam."], claims: [{ sentence: 0, claimant: b.who }] }),
    entry({ id: "c", outlet: "Metrotvnews.com", sentences: ["Korea kirim tank ke Kursk, kata kepala Rusia.", "Harga roti naik."], claims: [{ sentence: 0, claimant: NIS }] }),
  ];
}

describe("findCorroborations: the same sentence", () => {
  it("joins two articles' claims of the same claimant that share five distinctive words", () => {
    expect(findCorroborations(told({ who: NIS }, { who: NIS }))).toEqual([
      {
        id: "s-a-k0",
        kind: "same-sentence",
        claimant: { id: "nis", name: "NIS" },
        category: null,
        min: null,
        max: null,
        text: TOLD_A,
        items: [
          { entry: "a", entryTitle: "Judul a", outlet: "Liputan6.com", published: "2025-02-05", text: TOLD_A },
          { entry: "b", entryTitle: "Judul b", outlet: null, published: "2025-02-05", text: TOLD_B },
        ],
        outlets: ["Liputan6.com", "Media tidak diketahui"],
      },
    ]);
  });

  it("needs six shared words, not five, when the claimants differ or are not known", () => {
    expect(findCorroborations(told({ who: NIS }, { who: JCS }))).toEqual([]);
    expect(findCorroborations(told({ who: OUTLET }, { who: OUTLET }))).toEqual([]);
    // "musuh", in both claims only, is the sixth.
    const six = findCorroborations(told({ who: NIS, text: TOLD_A.replace("Kursk", "Kursk dan musuh") }, { who: JCS, text: TOLD_B.replace("Kursk", "Kursk dan musuh") }));
    expect(six.map((c) => [c.id, c.claimant.id, c.items.map((i) => i.entry)])).toEqual([["s-a-k0", "nis", ["a", "b"]]]);
  });

  it("does not join the same claimant's claims that share only three distinctive words", () => {
    // Without "intel Seoul", "a" keeps only "baru garis depan".
    expect(findCorroborations(told({ who: NIS, text: "Korea kirim tank baru ke garis depan Kursk." }, { who: NIS }))).toEqual([]);
  });

  it("does not join two claims of one article", () => {
    const one = entry({ id: "a", sentences: [TOLD_A, TOLD_B, "Cuaca Kursk dingin."], claims: [{ sentence: 0, claimant: NIS }, { sentence: 1, claimant: NIS }] });
    expect(findCorroborations([one])).toEqual([]);
  });

  it("joins a claim told by three articles once, with all three", () => {
    // 2 + 2 + 1 + 15 = 20 sentences: common words are those of more than three (15%), so "kirim" and "tank"
    // (in three) count too, and so do the five words the three claims share.
    const filler = entry({ id: "f", sentences: Array.from({ length: 15 }, (_, i) => `Kalimat nomor${"x".repeat(i + 1)}.`) });
    const d = entry({ id: "d", outlet: "Metrotvnews.com", sentences: [TOLD_B], claims: [{ sentence: 0, claimant: NIS }] });
    const found = findCorroborations([...told({ who: NIS }, { who: NIS }).slice(0, 2), d, filler]);
    expect(found.map((c) => [c.id, c.items.map((i) => i.entry), c.outlets])).toEqual([["s-a-k0", ["a", "b", "d"], ["Liputan6.com", "Media tidak diketahui", "Metrotvnews.com"]]]);
  });

  it("lists the same figures before the same sentences", () => {
    const figures = [killed("x", "Liputan6.com", [{ who: GUR, min: 30, max: 30, quote: "30" }]), killed("y", "Liputan6.com", [{ who: GUR, min: 30, max: 30, quote: "30" }])];
    expect(findCorroborations([...told({ who: NIS }, { who: NIS }), ...figures]).map((c) => c.kind)).toEqual(["same-figure", "same-sentence"]);
  });
});
