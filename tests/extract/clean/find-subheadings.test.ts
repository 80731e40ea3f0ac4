import { describe, expect, it } from "vitest";
import { findSubheadings } from "../../../src/extract/clean/find-subheadings.ts";

const P = "Juru bicara Kremlin Dmitry Peskov mengalihkan pertanyaan mengenai insiden itu kepada Kementerian Pertahanan.";
const at = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe("findSubheadings", () => {
  it("finds a short title-cased line between paragraphs", () => {
    expect(findSubheadings(at(P, "Klaim Rusia soal Kemajuan yang Stabil", P))).toEqual([1]);
  });
  it("ignores a sentence-cased short line", () => {
    expect(findSubheadings(at(P, "klaim rusia soal kemajuan", P))).toEqual([]);
  });
  it("never counts the first or the last line", () => {
    expect(findSubheadings(at("Klaim Rusia soal Kemajuan", P, "Klaim Rusia soal Kemajuan"))).toEqual([]);
  });
  it("ignores a line that ends in a colon (it introduces a list)", () => {
    expect(findSubheadings(at(P, "Berikut Daftar Lengkapnya:", P))).toEqual([]);
  });
});
