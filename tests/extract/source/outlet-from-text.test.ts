import { describe, expect, it } from "vitest";
import { outletFromText } from "../../../src/extract/source/outlet-from-text.ts";

describe("outletFromText", () => {
  it("names the outlet from the words of its own reporting", () => {
    expect(outletFromText(["Pantauan Media Indonesia, banjir melanda dua kabupaten sejak Sabtu."])).toEqual({ outlet: "Media Indonesia", known: true });
    expect(outletFromText(["Hal itu disampaikan Rudi saat dikonfirmasi wartabima.com, Kamis (14/3/2024)."])).toEqual({ outlet: "wartabima.com", known: false });
    expect(outletFromText(["Ketika dihubungi Warta Bima Senin (5/2), kepala dinas membenarkan kabar itu."])).toEqual({ outlet: "Warta Bima", known: false });
  });
  it("names the outlet from words of what it gathered, and from a teaser or lead whose subject it is", () => {
    expect(outletFromText(["Menurut data yang dihimpun kabarpasar.co.id, harga cabai turun."])).toEqual({ outlet: "kabarpasar.co.id", known: false });
    expect(outletFromText(["Banjir Datang Lagi", "Di pekan ini, Media Indonesia mengulas cara kota bersiap.", "Hujan turun sejak pagi."])).toEqual({ outlet: "Media Indonesia", known: true });
  });
  it("leaves an outlet as a subject below the lead, and what is gathered from elsewhere", () => {
    expect(outletFromText(["Hujan turun.", "Air naik.", "Warga mengungsi.", "Di pekan ini, Media Indonesia mengulas cara kota bersiap."])).toBeNull();
    expect(outletFromText(["Data itu dirangkum dari Antara dan BMKG."])).toBeNull();
  });
  it("leaves credits to other media and words that are no outlet alone", () => {
    expect(outletFromText(["Seperti dilansir Antara, banjir melanda dua kabupaten.", "Kata dia kepada Tempo, Senin."])).toBeNull();
    expect(outletFromText(["Pantauan di lokasi, air setinggi satu meter.", "Pantauan BMKG menunjukkan hujan lebat.", "Saat ditemui Kapolres, warga mengadu."])).toBeNull();
    expect(outletFromText(["Hal itu dibenarkan pejabat bank saat dikonfirmasi Bank Indonesia perwakilan daerah."])).toBeNull();
  });
});
