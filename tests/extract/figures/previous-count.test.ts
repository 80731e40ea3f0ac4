import { describe, expect, it } from "vitest";
import { namesNorthKorea, pointsBack } from "../../../src/extract/figures/previous-count.ts";
import { sentenceView } from "../../../src/extract/figures/sentence-view.ts";

const pointer = (sentence: string, qi = 0) => pointsBack(sentenceView(sentence), qi);

describe("pointsBack", () => {
  it("reads 'jumlah tersebut' and 'angka itu' as pointing to the count before", () => {
    expect(pointer("Angka itu kini naik hingga 1.700 tentara.")).toBe("amount");
    expect(pointer("Jumlah tersebut mencapai 2.300.")).toBe("amount");
  });

  it("reads 'Dari jumlah tersebut' as a part of the count before", () => {
    expect(pointer("Dari jumlah tersebut, sekitar 450 personel sudah tiba.")).toBe("partitive");
  });

  it("reads 'jumlahnya' as pointing back only when the sentence has no amount of its own", () => {
    expect(pointer("Badan itu memperkirakan jumlahnya 2.900.")).toBe("amount");
    expect(pointer("Jumlah tentara tambahan belum jelas, tetapi jumlahnya setidaknya 800.")).toBeNull();
  });

  it("reads the count's own noun with a demonstrative and an opening 'Ini termasuk'", () => {
    expect(pointer("Kemudian, diantara 2500 tentara itu, 600 orang tewas.")).toBe("amount");
    expect(pointer("Ini termasuk 150 kematian dan 900 cedera.", 1)).toBe("includes");
  });

  it("finds no pointer in a sentence of its own", () => {
    expect(pointer("Sebanyak 64 orang tewas dalam banjir.")).toBeNull();
  });
});

describe("namesNorthKorea", () => {
  it("tells a sentence that names North Korea", () => {
    expect(namesNorthKorea("Korut.")).toBe(true);
    expect(namesNorthKorea("Korea Selatan mengecam peluncuran itu.")).toBe(false);
  });
});
