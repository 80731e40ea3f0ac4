import { describe, expect, it } from "vitest";
import { figuresOf, readFigures } from "../../../src/extract/figures/draft-figure.ts";
import type { PreviousCount } from "../../../src/extract/figures/sentence-view.ts";
import type { Claimant } from "../../../src/schema/entry.ts";

const outlet: Claimant = { id: "outlet", name: "Redaksi", text: "", kind: "self", known: false };
const speaker = { claim: null, claimant: outlet, hedge: "unverified" as const };
const place = { line: 1, column: 1, offset: 0 };

/** The figures of sentences read in order, each knowing the count of the one before. */
function readAll(sentences: string[]): { text: string; category: string; min: number | null; max: number | null }[][] {
  let previous: PreviousCount | null = null;
  return sentences.map((s, i) => {
    const read = readFigures(s, place, i, speaker, previous);
    previous = read.count;
    return read.figures.map((f) => ({ text: f.text, category: f.category, min: f.min, max: f.max }));
  });
}

describe("readFigures", () => {
  it("gives 'jumlahnya N' the noun and category of the count of the sentence before", () => {
    const [, second] = readAll([
      "Seorang jenderal Ukraina mengatakan 5.200 tentara Korea Utara telah terluka atau terbunuh.",
      "NIS memperkirakan jumlahnya 3.600.",
    ]);
    expect(second).toEqual([{ text: "3.600", category: "casualties", min: 3600, max: 3600 }]);
  });

  it("gives 'angka itu … N tentara' the category of the count before when its own words give none", () => {
    const [, second] = readAll([
      "Badan itu memperkirakan jumlah korban jiwa tentara Korea Utara mencapai 800 orang.",
      "Namun, angka itu kini diperkirakan meningkat hingga 1.900 tentara.",
    ]);
    expect(second).toEqual([{ text: "hingga 1.900", category: "killed", min: 1900, max: 1900 }]);
  });

  it("reads a part of an additional deployment as additional ('Dari jumlah tersebut, … sudah tiba')", () => {
    const [, second] = readAll([
      "Korea Utara berencana mengirim tambahan 4.000 tentara ke Rusia.",
      "Dari jumlah tersebut, sekitar 700 personel sudah tiba di lokasi.",
    ]);
    expect(second!.map((f) => f.category)).toEqual(["additional_deployed"]);
  });

  it("takes the side of the count before for parts it includes ('Ini termasuk 250 kematian dan 1.800 cedera')", () => {
    const [, second] = readAll([
      "Korban di antara pasukan Korea Utara telah melampaui 2.050.",
      "Ini termasuk 250 kematian dan 1.800 cedera.",
    ]);
    expect(second!.map((f) => [f.text, f.category])).toEqual([["250", "killed"], ["1.800", "wounded"]]);
  });

  it("takes North Korea named in the sentence before for a bare count ('Korea Utara. … 9.000 telah tiba')", () => {
    const [, second, third] = readAll(["Korea Utara.", "Lihat saja, 9.000 telah tiba.", "Hari ini 2.100 terbunuh atau terluka."]);
    expect(second).toEqual([{ text: "9.000", category: "deployed", min: 9000, max: 9000 }]);
    expect(third!.map((f) => f.category)).toEqual(["casualties"]);
  });

  it("reads a count restated with a demonstrative ('diantara 3.000 tentara itu') as the count before", () => {
    const [, second] = readAll([
      "Dari 8.000 tentara Korea Utara, 3.000 diantaranya telah tewas, terluka, atau hilang.",
      "Kemudian, diantara 3000 tentara itu, 900 orang diyakini telah tewas.",
    ]);
    expect(second!.map((f) => [f.text, f.category])).toEqual([["3000", "casualties"], ["900", "killed"]]);
  });

  it("does not count again the breakdown of a group the sentence before counted ('korban terluka itu adalah …')", () => {
    const [, second] = readAll(["Serangan itu menewaskan 4 tentara Korea Utara.", "Korban tewas itu adalah tiga perwira dan seorang sopir."]);
    expect(second).toEqual([]);
    const [alone] = readAll(["Korban tewas tersebut adalah 300 tentara Korea Utara."]);
    expect(alone!.map((f) => f.category)).toEqual(["killed"]);
  });

  it("takes nothing over without words that point back", () => {
    const [, second] = readAll(["Sebanyak 5.200 tentara Korea Utara terluka.", "Sebanyak 64 orang tewas dalam banjir."]);
    expect(second!.map((f) => f.category)).toEqual(["other"]);
  });

  it("keeps a vague magnitude, flagged vague, with the range it stands for", () => {
    const [f] = figuresOf("Ribuan tentara Korea Utara dikirim ke Rusia.", place, 0, speaker);
    expect(f).toMatchObject({ text: "Ribuan", min: 1000, max: 9999, vague: true, category: "deployed" });
  });

  it("reads a count with no noun before a link verb and a cue ('… menjadi korban') as people", () => {
    const [, second] = readAll([
      "Badan itu menaksir 9.500 tentara Korea Utara berada di garis depan.",
      "Dari angka itu, kira-kira 2.300 menjadi korban.",
    ]);
    expect(second).toEqual([{ text: "kira-kira 2.300", category: "casualties", min: 2300, max: 2300 }]);
  });

  it("reads 'N di antaranya' opening its sentence as a part of the count of the sentence before", () => {
    const [, second] = readAll([
      "Menurut seorang jenderal, 6.800 tentara Korea Utara terluka atau terbunuh.",
      "Kira-kira 450 di antaranya tewas.",
    ]);
    expect(second).toEqual([{ text: "Kira-kira 450", category: "killed", min: 450, max: 450 }]);
    // With no count before it points back to nothing.
    expect(readAll(["Kira-kira 450 di antaranya tewas."])).toEqual([[]]);
  });
});
