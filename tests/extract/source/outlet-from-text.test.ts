import { describe, expect, it } from "vitest";
import { outletFromText } from "../../../src/extract/source/outlet-from-text.ts";

describe("outletFromText", () => {
  it("names the outlet from the words of its own reporting", () => {
    expect(outletFromText(["Pantauan Media Indonesia, banjir melanda dua kabupaten sejak Sabtu."])).toEqual({ outlet: "Media Indonesia", known: true });
    expect(outletFromText(["Hal itu diungkapkan Billy saat dikonfirmasi wartabima.com, Selasa (6/10/2020)."])).toEqual({ outlet: "wartabima.com", known: false });
    expect(outletFromText(["Ketika dihubungi Warta Bima Senin (5/2), kepala dinas membenarkan kabar itu."])).toEqual({ outlet: "Warta Bima", known: false });
  });
  it("leaves credits to other media and words that are no outlet alone", () => {
    expect(outletFromText(["Seperti dilansir Antara, banjir melanda dua kabupaten.", "Kata dia kepada Tempo, Senin."])).toBeNull();
    expect(outletFromText(["Pantauan di lokasi, air setinggi satu meter.", "Pantauan BMKG menunjukkan hujan lebat.", "Saat ditemui Kapolres, warga mengadu."])).toBeNull();
  });
});
