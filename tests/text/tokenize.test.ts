import { describe, expect, it } from "vitest";
import { splitWords, tokenize } from "../../src/text/tokenize.ts";

describe("tokenize", () => {
  it("keeps a numeral with its inner separators whole and tells words, numerals and marks apart", () => {
    expect(tokenize("sekitar 10.000 tentara (2,5%) pada 4/2/2025, 16:59").map((t) => [t.text, t.kind])).toEqual([
      ["sekitar", "word"],
      ["10.000", "numeral"],
      ["tentara", "word"],
      ["(", "mark"],
      ["2,5", "numeral"],
      ["%", "mark"],
      [")", "mark"],
      ["pada", "word"],
      ["4/2/2025", "numeral"],
      [",", "mark"],
      ["16:59", "numeral"],
    ]);
  });

  it("ends a numeral at a trailing separator and splits letters from digits", () => {
    expect(tokenize("2024. COVID19").map((t) => t.text)).toEqual(["2024", ".", "COVID", "19"]);
  });

  it("keeps a letter outside the BMP inside its word and an emoji as one mark", () => {
    expect(tokenize("a𝐀b 😀").map((t) => t.text)).toEqual(["a𝐀b", "😀"]);
  });
});

describe("splitWords", () => {
  it("keeps hyphenated words and apostrophes whole and splits punctuation off", () => {
    expect(splitWords("agen mata-mata (NIS), Jum'at.").raw).toEqual(["agen", "mata-mata", "(", "NIS", ")", ",", "Jum'at", "."]);
  });

  it("gives lower-case words and offsets", () => {
    const w = splitWords("  Kata  NIS");
    expect(w.lower).toEqual(["kata", "nis"]);
    expect(w.start).toEqual([2, 8]);
    expect(w.end).toEqual([6, 11]);
  });

  it("treats letters beyond ASCII as letters", () => {
    expect(splitWords("José Ramos-Horta").raw).toEqual(["José", "Ramos-Horta"]);
  });
});
