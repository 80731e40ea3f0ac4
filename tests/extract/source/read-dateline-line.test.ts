import { describe, expect, it } from "vitest";
import { loadOutlets } from "../../../src/extract/source/outlets-lexicon.ts";
import { readLine } from "../../../src/extract/source/read-dateline-line.ts";

const lex = loadOutlets();
const read = (text: string) => {
  const d = readLine(text, lex, {});
  return d === null ? null : { text: d.text, outlet: d.outlet, place: d.place, body: text.slice(d.offset, d.offset + 6) };
};

describe("readLine", () => {
  it("reads a dateline at the start of the line and says where the body starts", () => {
    expect(read("Baubau, Koran Buton – Mantan kepala dinas divonis.")).toEqual({ text: "Baubau, Koran Buton –", outlet: "Koran Buton", place: "Baubau", body: "Mantan" });
  });
  it("reads a brand followed by its place and a second separator", () => {
    expect(read("jpnn.com - CILACAP- Bencana banjir melanda.")).toEqual({ text: "jpnn.com - CILACAP-", outlet: "JPNN.com", place: "CILACAP", body: "Bencan" });
  });
  it("reads a dateline glued after a timestamp, a credit or a caption's sentence", () => {
    expect(read("Kompas dunia | 3 Maret 2025, 09:10 WIBMEDAN, KOMPAS.TV - Polisi menangkap.")?.text).toBe("MEDAN, KOMPAS.TV -");
    expect(read("Petugas memadamkan api (foto/ist) SAMPIT – Kebakaran melanda pasar.")?.text).toBe("SAMPIT –");
    expect(read("SIAGA: Petugas berjaga di pasar. SAMPIT - Harga cabai naik.")?.text).toBe("SAMPIT -");
  });
  it("reads a place, a pipe and a brand before the dash, but not a place and a headline", () => {
    expect(read("SORONG | Kabar Malamoi – Warga antre minyak tanah.")).toEqual({ text: "SORONG | Kabar Malamoi –", outlet: "Kabar Malamoi", place: "SORONG", body: "Warga " });
    expect(read("BIAK | Harga Ikan Naik - Nelayan jarang melaut.")).toMatchObject({ outlet: null, place: "BIAK" });
  });
  it("reads a dateline standing alone with no separator, but no byline", () => {
    expect(read("Ambon, kabarmaluku.co.id")).toMatchObject({ outlet: "kabarmaluku.co.id", place: "Ambon" });
    expect(read("Reza Pratama Suarakita.com")).toBeNull();
  });
});
