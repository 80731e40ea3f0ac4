import { describe, expect, it } from "vitest";
import { attributeSentences } from "../../../src/extract/claims/attribute-sentences.ts";
import { isClaim } from "../../../src/extract/claims/is-claim.ts";

function claim(text: string): boolean {
  const [attribution] = attributeSentences([{ text, paragraph: 0 }], { outlet: "Tempo" });
  return isClaim({ text }, attribution!);
}

describe("isClaim", () => {
  it("counts every attributed sentence", () => {
    expect(claim("Pejabat Ukraina mengatakan pasukan itu menyerang.")).toBe(true);
  });

  it("counts an outlet sentence with a hedge word or a figure", () => {
    expect(claim("Korea Utara diyakini menerima bantuan teknis.")).toBe(true);
    expect(claim("Sebanyak 600 tentara gugur di Kursk.")).toBe(true);
    expect(claim("Ratusan tentara gugur di Kursk.")).toBe(true);
  });

  it("does not count a bare outlet statement", () => {
    expect(claim("Pertempuran telah menyebabkan kerugian berat.")).toBe(false);
    expect(claim("Rusia menginvasi Ukraina pada Februari 2022.")).toBe(false);
  });
});
