import { describe, expect, it } from "vitest";
import { loadBoilerplate } from "../../../src/extract/clean/boilerplate-lexicon.ts";
import {
  looksLikeLinkedHeadline,
  looksLikeTitle,
  looksShort,
  normalizeSpaces,
  titleCaseRatio,
  titleKey,
} from "../../../src/extract/clean/text-shape.ts";

const { shapes } = loadBoilerplate();

describe("looksLikeTitle", () => {
  it("accepts a title-cased headline", () => {
    expect(looksLikeTitle("Ratusan Tentara Korea Utara Tewas di Ukraina Saat Membantu Rusia", shapes)).toBe(true);
  });
  it("accepts a sentence-cased headline without a period", () => {
    expect(looksLikeTitle("Korea Utara mengirimkan lebih banyak tentara ke Rusia, kata agen mata-mata Korea Selatan", shapes)).toBe(true);
  });
  it("accepts a headline ending in a question mark", () => {
    expect(looksLikeTitle("Benarkah Korea Utara Kirim Pasukan ke Kursk?", shapes)).toBe(true);
  });
  it("rejects a sentence ending in a period", () => {
    expect(looksLikeTitle("Pada Jumat (31/1), militer Ukraina mengungkap hal serupa.", shapes)).toBe(false);
  });
  it("rejects a quotation that ends in a period inside the quotes", () => {
    expect(looksLikeTitle('"Kami siap berperang."', shapes)).toBe(false);
  });
  it("rejects a dateline standing alone", () => {
    expect(looksLikeTitle("Jakarta -", shapes)).toBe(false);
    expect(looksLikeTitle("Seoul:", shapes)).toBe(false);
  });
  it("rejects two sentences", () => {
    expect(looksLikeTitle("Korea Utara kirim pasukan. Rusia membantah laporan itu", shapes)).toBe(false);
  });
  it("rejects a bullet item and an over-long line", () => {
    expect(looksLikeTitle("- Akses edisi mingguan dari Tahun 1971", shapes)).toBe(false);
    expect(looksLikeTitle("Kata ".repeat(60), shapes)).toBe(false);
  });
});

describe("titleCaseRatio", () => {
  it("ignores lowercase function words", () => {
    expect(titleCaseRatio("Klaim Rusia soal Kemajuan yang Stabil", shapes)).toBe(1);
  });
  it("is low for a sentence", () => {
    expect(titleCaseRatio("militer Ukraina mengungkap hal serupa", shapes)).toBeLessThan(0.5);
  });
});

describe("looksLikeLinkedHeadline", () => {
  it("accepts a linked headline with curly quotes", () => {
    expect(looksLikeLinkedHeadline("Kim Jong-un Perintahkan Pasukan Korut Bersiap untuk ‘Peperangan Modern’", shapes)).toBe(true);
  });
  it("rejects a sentence-cased line", () => {
    expect(looksLikeLinkedHeadline("pasukan itu tiba di Kursk pada bulan Oktober lalu", shapes)).toBe(false);
  });
});

describe("looksShort", () => {
  it("accepts a name and rejects a sentence", () => {
    expect(looksShort("Juli Hantoro", shapes)).toBe(true);
    expect(looksShort("Editor itu menolak berkomentar pada Senin malam di kantornya di Jakarta.", shapes)).toBe(false);
  });
});

describe("titleKey", () => {
  it("compares titles regardless of case, spacing, quotes and a page suffix", () => {
    expect(titleKey("  Korsel Sebut  ‘Pasukan’ – Page 2 ")).toBe(titleKey("korsel sebut 'pasukan'"));
  });
});

describe("normalizeSpaces", () => {
  it("keeps the length while turning odd spaces into plain ones", () => {
    const s = "Baca\u00a0Juga\u200b";
    expect(normalizeSpaces(s)).toBe("Baca Juga ");
    expect(normalizeSpaces(s).length).toBe(s.length);
  });
});
