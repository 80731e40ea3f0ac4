import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findCredits } from "../../../src/extract/source/find-credits.ts";

const names = (s: string) => findCredits(s).map((c) => c.name);

describe("findCredits", () => {
  it("reads 'seperti dikutip dari CNA' and where it stands", () => {
    const s = '"Salah satu alasan," sebut NIS, seperti dikutip dari CNA, Rabu (5/2).';
    expect(findCredits(s)).toEqual([{ name: "CNA", text: "seperti dikutip dari CNA", index: s.indexOf("seperti") }]);
  });
  it("skips 'kantor berita' before the name", () => {
    expect(findCredits("kata NIS yang dikutip oleh kantor berita Yonhap pada 27 Februari 2025.")[0]).toMatchObject({
      name: "Yonhap",
      text: "dikutip oleh kantor berita Yonhap",
    });
  });
  it("reads a two-word name up to the comma", () => expect(names("seperti dilaporkan The Guardian, Senin.")).toEqual(["The Guardian"]));
  it("reads a name up to a weekday", () => expect(names("Dilansir AFP Jumat (25/7/2025), Thailand menolak.")).toEqual(["AFP"]));
  it("reads a name up to a lowercase word", () => expect(names("Laporan terbaru dari ABC News mengungkapkan hal itu.")).toEqual(["ABC News"]));
  it("gives the canonical spelling of a known name", () => expect(names("Dilansir dari Al-Jazeera, serangan terjadi.")).toEqual(["Al Jazeera"]));
  it("reads 'kepada BBC' but not 'kepada wartawan' nor 'kepada Presiden'", () => {
    expect(names("mengatakan kepada BBC pada Januari")).toEqual(["BBC"]);
    expect(names("kata Dedi kepada wartawan, Rabu (29/12).")).toEqual([]);
    expect(names("Ia melapor kepada Presiden Zelensky.")).toEqual([]);
  });
  it("returns an unknown capitalised name after a strong marker", () => {
    expect(names("seperti dikutip dari Korea JoongAng Herald Weekly, Senin.")).toEqual(["Korea JoongAng Herald Weekly"]);
    expect(names("Dilansir Nordic Defence Review, pasukan itu tiba.")).toEqual(["Nordic Defence Review"]);
  });
  it("keeps lowercase connectors inside a name", () => {
    expect(names("seperti dikutip dari Institute for the Study of War, Minggu.")).toEqual(["Institute for the Study of War"]);
  });
  it("reads 'Sumber: Al Jazeera', 'menurut laporan BBC' and 'Berdasarkan pemberitaan Antara'", () => {
    expect(names("Sumber: Al Jazeera")).toEqual(["Al Jazeera"]);
    expect(names("menurut laporan BBC")).toEqual(["BBC"]);
    expect(names("Berdasarkan pemberitaan Antara, banjir merendam rumah.")).toEqual(["Antara"]);
  });
  it("reads a lowercase outlet name and a domain", () => {
    expect(names("kata AKP Joko seperti dikutip detikcom, Senin.")).toEqual(["detikcom"]);
    expect(names("seperti dilansir beritaku.co.id, Senin.")).toEqual(["beritaku.co.id"]);
  });
  it("finds every credit of a sentence, in order", () => {
    expect(names("Dilansir Reuters, dan seperti dikutip dari TASS, Rusia membantah.")).toEqual(["Reuters", "TASS"]);
  });
  it("finds nothing in a sentence without a credit", () => {
    expect(names("Korea Utara mengirim lebih dari 10.000 tentara ke Rusia.")).toEqual([]);
  });
  it("never throws on arbitrary strings and always points at its text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        for (const c of findCredits(s)) expect(s.slice(c.index, c.index + c.text.length)).toBe(c.text);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom("dikutip dari ", "kepada ", "Dilansir ", "BBC", "The", " ", ",", "kantor berita ", "x")), (parts) => {
        const s = parts.join("");
        for (const c of findCredits(s)) expect(c.name.length).toBeGreaterThan(0);
      }),
    );
  });
  it("finishes on a 200,000-character line", () => {
    expect(findCredits("dilansir ".repeat(20_000) + "A".repeat(20_000)).length).toBeGreaterThan(0);
  });
});
