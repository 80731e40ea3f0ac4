import { describe, expect, it } from "vitest";
import { domainNames, isDomain, looksLikeBrand, looksLikeName, opensWithBrandWord } from "../../../src/extract/source/brand-shape.ts";
import { loadOutlets } from "../../../src/extract/source/outlets-lexicon.ts";

const lex = loadOutlets();

describe("looksLikeBrand", () => {
  it("takes a web domain for a brand, in any case", () => {
    for (const name of ["GELORA.CO", "warta-desa.co.id", "Kabarkita.com", "SULUTONE.ID"]) expect(looksLikeBrand(name, "alone", lex)).toBe(true);
  });
  it("takes a word with a capital inside or with digits for a brand", () => {
    for (const name of ["NewsTimur", "NTTSatu", "tvDesa", "Sorong24", "Metro9"]) expect(looksLikeBrand(name, "alone", lex)).toBe(true);
  });
  it("takes a name holding a brand word for a brand", () => {
    for (const name of ["Koran Buton", "Harian Flores", "RADAR SORONG", "Nusa Post", "Jabarnews", "WARTAKOTA"]) {
      expect(looksLikeBrand(name, "alone", lex)).toBe(true);
    }
  });
  it("takes an acronym for a brand only beside a place", () => {
    expect(looksLikeBrand("TBN", "beside-place", lex)).toBe(true);
    expect(looksLikeBrand("TBN", "alone", lex)).toBe(false);
  });
  it("does not take places, section labels or sentences for brands", () => {
    for (const name of ["Sorong", "LOMBOK TIMUR", "Korea Selatan", "Berita", "Internasional", "Kota Bogor", "polisi menangkap", "Indonesia", "Medan", "Postal"]) {
      expect(looksLikeBrand(name, "beside-place", lex)).toBe(false);
    }
  });
  it("does not take a body, a team or a company named after the country for a brand", () => {
    for (const name of ["Bank Indonesia", "TIMNAS INDONESIA", "Garuda Indonesia", "Kepolisian Republik Indonesia"]) {
      expect(looksLikeBrand(name, "alone", lex)).toBe(false);
    }
  });
});

describe("opensWithBrandWord", () => {
  it("takes a name of two words or more opening with a brand word, not the word alone nor a place", () => {
    for (const name of ["Kabar Malamoi", "GEMA NUSA", "Lintas Halmahera Barat"]) expect(opensWithBrandWord(name, lex)).toBe(true);
    for (const name of ["Kabar", "Info", "Kota Sorong", "kabar terkini"]) expect(opensWithBrandWord(name, lex)).toBe(false);
  });
});

describe("isDomain and looksLikeName", () => {
  it("tells a whole domain from a word", () => {
    expect(isDomain("kabarmaluku.co.id", lex)).toBe(true);
    expect(isDomain("Ambon, kabarmaluku.co.id", lex)).toBe(false);
  });
  it("takes capitalised words or a domain for a name, not a photo credit", () => {
    expect(looksLikeName("Flores Terkini", lex)).toBe(true);
    expect(looksLikeName("foto/ist", lex)).toBe(false);
    expect(looksLikeName("di sini", lex)).toBe(false);
  });
});

describe("domainNames", () => {
  it("folds the names of the domains a page mentions", () => {
    expect([...domainNames(["© 2024 WartaBima.co.id", "Dilansir antaranews.com, Senin.", "Harga naik."], lex)]).toEqual(["wartabima", "antaranews"]);
  });
});
