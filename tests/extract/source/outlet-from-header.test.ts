import { describe, expect, it } from "vitest";
import { outletFromHeader } from "../../../src/extract/source/outlet-from-header.ts";

const header = (...texts: string[]) => texts.map((text, i) => ({ text, rule: "page-header", line: i + 1 }));

describe("outletFromHeader", () => {
  it("names the site from the header's first line, without its motto, when the page names it again", () => {
    expect(outletFromHeader(header("Warta.id - Kabar Terkini Anak Muda", "  • Beranda"), ["Redaksi Warta.id", "Harga cabai naik."])).toEqual({
      outlet: "Warta.id",
      known: false,
      name: "Warta.id",
    });
    expect(outletFromHeader(header("Bima24Update", "  • Beranda", "Bima24Update"), ["Harga cabai naik."])).toMatchObject({ outlet: "Bima24Update" });
    expect(outletFromHeader(header("Pers Rakyat Bima"), ["Pers Rakyat Bima Kota Bima, 12/08/2025 – Jalan rusak."])).toMatchObject({ outlet: "Pers Rakyat Bima" });
  });
  it("names the site from the name after a window title's headline, without its being repeated", () => {
    expect(outletFromHeader([{ text: "Garut Today", rule: "title-site-name", line: 1 }], ["Harga garam anjlok."])).toEqual({ outlet: "Garut Today", known: false, name: "Garut Today" });
    expect(outletFromHeader([{ text: "KOMPAS.com", rule: "title-site-name", line: 1 }], [])).toMatchObject({ outlet: "Kompas.com", known: true });
  });
  it("gives a known outlet its canonical name", () => {
    expect(outletFromHeader(header("KOMPAS.com"), [])).toEqual({ outlet: "Kompas.com", known: true, name: "KOMPAS.com" });
  });
  it("does not take a section label, UI text or a name the page never repeats for the site", () => {
    expect(outletFromHeader(header("Berita Bima Hari Ini"), ["Berita Bima Hari Ini"])).toBeNull();
    expect(outletFromHeader(header("KERANJANG BELANJA", "close"), [])).toBeNull();
    expect(outletFromHeader(header("Radar Kota"), ["Harga cabai naik di pasar induk."])).toBeNull();
    expect(outletFromHeader([{ text: "Warta.id", rule: "ui-control", line: 1 }], ["Warta.id"])).toBeNull();
  });
});
