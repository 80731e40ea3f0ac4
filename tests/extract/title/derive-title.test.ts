import { describe, expect, it } from "vitest";
import { deriveTitle } from "../../../src/extract/title/derive-title.ts";

describe("deriveTitle", () => {
  it("drops the dateline and keeps a short lead sentence whole", () => {
    expect(deriveTitle("Liputan6.com, Kyiv - Tentara Korea Utara tewas di Kursk. Hal ini diungkapkan Pentagon.")).toBe(
      "Tentara Korea Utara tewas di Kursk",
    );
  });

  it("cuts a long lead at a clause boundary and marks the cut", () => {
    const title = deriveTitle(
      "JAKARTA - Badan intelijen Korea Selatan menyatakan pada Selasa (4/2/2025), tentara Korea Utara yang bertempur di garis depan Kursk sejak pertengahan Januari tampaknya tidak terlibat lagi.",
    );
    expect(title).toBe("Badan intelijen Korea Selatan menyatakan pada Selasa (4/2/2025)…");
  });

  it("never cuts a word in half", () => {
    const title = deriveTitle(`Seoul: ${"kata ".repeat(60)}akhir.`);
    expect(title.endsWith("kata…")).toBe(true);
  });

  it("gives a placeholder title only for an empty lead", () => {
    expect(deriveTitle("")).toBe("Tanpa judul");
  });
});
