import { describe, expect, it } from "vitest";
import { loadOutlets } from "../../../src/extract/source/outlets-lexicon.ts";
import { abbreviates, placeOf, readDatelineHead } from "../../../src/extract/source/read-dateline-head.ts";

const lex = loadOutlets();
const head = (text: string, colon = false, pageBrands: string[] = []) => readDatelineHead(text, lex, { colon, pageBrands });

describe("readDatelineHead", () => {
  it("reads a known brand with its canonical name and the place beside it", () => {
    expect(head("KIEV, KOMPAS.TV")).toEqual({ outlet: "KompasTV", known: true, place: "KIEV" });
    expect(head("Jakarta (ANTARA)")).toEqual({ outlet: "Antara", known: true, place: "Jakarta" });
  });
  it("reads an unknown brand as written", () => {
    expect(head("Baubau, Koran Buton")).toEqual({ outlet: "Koran Buton", known: false, place: "Baubau" });
    expect(head("SuaraDesa.id, SORONG,")).toEqual({ outlet: "SuaraDesa.id", known: false, place: "SORONG" });
  });
  it("leaves a date at the end of the head out of the place", () => {
    expect(head("Warta Nusantara. Tokyo, Jepang 3 Maret 2025")).toEqual({ outlet: "Warta Nusantara", known: false, place: "Tokyo" });
  });
  it("takes a name opening with a brand word for the brand beside a place, on either side", () => {
    expect(head("Sinar Halmahera, Tobelo")).toEqual({ outlet: "Sinar Halmahera", known: false, place: "Tobelo" });
    expect(head("Tobelo, Berita Halmahera")).toEqual({ outlet: "Berita Halmahera", known: false, place: "Tobelo" });
    expect(head("Tobelo, Halmahera Utara")).toEqual({ outlet: null, known: false, place: "Tobelo" });
  });
  it("gives a place alone, without its country", () => {
    expect(head("Seoul, Korea Selatan")).toEqual({ outlet: null, known: false, place: "Seoul" });
  });
  it("refuses what is neither a brand nor a place", () => {
    expect(head("Presiden Zelensky", true)).toBeNull();
    expect(head("Kompas dunia")).toBeNull();
    expect(head("Badan Intelijen Nasional (NIS)", true)).toBeNull();
  });
  it("uses the page's own site name to split a brand from its place", () => {
    expect(head("Warta Desa Kabupaten Sleman, 12/08/2025", false, ["Warta Desa"])).toEqual({ outlet: "Warta Desa", known: false, place: "Kabupaten Sleman" });
  });
});

describe("placeOf", () => {
  it("keeps one to four capitalised words, particles allowed", () => {
    expect(placeOf("Rio de Janeiro", lex, 4)).toBe("Rio de Janeiro");
    expect(placeOf("LOMBOK TIMUR", lex, 4)).toBe("LOMBOK TIMUR");
  });
  it("refuses words that are not places and lowercase words", () => {
    expect(placeOf("Tanya", lex, 4)).toBeNull();
    expect(placeOf("hari ini", lex, 4)).toBeNull();
  });
});

describe("abbreviates", () => {
  it("tells a name's short form in brackets from an outlet's name", () => {
    expect(abbreviates("APPSI", "Ketua Asosiasi Pedagang Pasar")).toBe(true);
    expect(abbreviates("BIN", "Badan Intelijen Negara")).toBe(true);
    expect(abbreviates("TBN", "Tuban")).toBe(false);
    expect(abbreviates("NusaSatu", "Bima")).toBe(false);
  });
});
