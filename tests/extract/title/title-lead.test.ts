import { describe, expect, it } from "vitest";
import { titleLead } from "../../../src/extract/title/title-lead.ts";

const BODY = "Rapat paripurna dewan digelar di ruang sidang utama pada Senin pagi.";

describe("titleLead", () => {
  it("takes the first paragraph without its dateline", () => {
    expect(titleLead(["BIMA, Warta Bima – Harga cabai naik dua kali lipat.", BODY], "BIMA, Warta Bima –")).toEqual({
      text: "Harga cabai naik dua kali lipat.",
      withoutDateline: true,
    });
  });
  it("keeps the words as written, no-break spaces included", () => {
    expect(titleLead(["BIMA, Warta Bima – Harga\u00a0cabai naik.", BODY], "BIMA, Warta Bima –").text).toBe("Harga\u00a0cabai naik.");
  });
  it("takes the next paragraph after a dateline standing alone on its line", () => {
    expect(titleLead(["Ambon, kabarmaluku.co.id", BODY], "Ambon, kabarmaluku.co.id")).toEqual({ text: BODY, withoutDateline: true });
  });
  it("passes over a caption above the dateline and chrome above the first paragraph", () => {
    expect(titleLead(["Petugas memeriksa dokumen, (foto: Dok).", "Sorong, NewsTimur – Tiga kepala desa ditahan jaksa.", BODY], "Sorong, NewsTimur –").text).toBe(
      "Tiga kepala desa ditahan jaksa.",
    );
    expect(titleLead(["Bagikan:", "Nasional", BODY], null)).toEqual({ text: BODY, withoutDateline: false });
  });
  it("falls back on the first paragraph whatever it is", () => {
    expect(titleLead(["Bagikan:"], null)).toEqual({ text: "Bagikan:", withoutDateline: false });
    expect(titleLead([], null)).toEqual({ text: "", withoutDateline: false });
  });
});
