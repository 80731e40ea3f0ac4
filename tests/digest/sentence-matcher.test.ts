import { describe, expect, it } from "vitest";
import { sentenceMatcher } from "../../src/digest/sentence-matcher.ts";

// Words of four letters or more, none a function word and none long enough to lose an affix,
// so each word is its own root.
const corpus = ["Korea kirim rudal ke Kursk.", "Korea kirim drone ke Kursk.", "Korea serang desa di Kursk.", "Harga cabai naik."];

describe("sentenceMatcher", () => {
  it("leaves out the words of more than two sentences of a small corpus", () => {
    // "Korea" and "Kursk" are in three of the four sentences; "kirim" in two.
    const m = sentenceMatcher(corpus);
    expect([...m.words("Korea kirim rudal ke Kursk.")]).toEqual(["kirim", "rudal"]);
    expect([...m.words("Korea tembak Kursk dari laut.")]).toEqual(["tembak", "laut"]);
  });

  it("leaves out the words of more than 15% of the sentences of a larger corpus", () => {
    // Twenty sentences: a word is common in more than three of them.
    const filler = Array.from({ length: 13 }, (_, i) => `Kalimat nomor${"x".repeat(i + 1)}.`);
    const sentences = [...Array.from({ length: 4 }, () => "Serbu bunker."), ...Array.from({ length: 3 }, () => "Tembak tank."), ...filler];
    const m = sentenceMatcher(sentences);
    expect([...m.words("Serbu bunker lalu tembak tank.")]).toEqual(["tembak", "tank"]);
  });

  it("takes another share of common words when told", () => {
    // Half of four sentences is two: "kirim" (in two) stays, "Korea" and "Kursk" (in three) go.
    expect([...sentenceMatcher(corpus, 0.5).words("Korea kirim rudal ke Kursk.")]).toEqual(["kirim", "rudal"]);
    // A quarter of four is one, but a word is never common in two sentences or fewer.
    expect([...sentenceMatcher(corpus, 0.25).words("Korea kirim rudal ke Kursk.")]).toEqual(["kirim", "rudal"]);
  });

  it("finds two word sets alike when they share enough words and enough of the smaller one", () => {
    const m = sentenceMatcher(corpus);
    const a = new Set(["kirim", "rudal", "drone", "tank"]);
    const b = new Set(["kirim", "rudal"]);
    // Two shared, all of the smaller set.
    expect(m.alike(a, b, 0.6, 2)).toBe(true);
    expect(m.alike(a, b, 0.6, 3)).toBe(false);
    // One shared of four: a score of 0.25, enough for 0.25 and not for 0.3.
    const c = new Set(["kirim", "serang", "desa", "kota"]);
    expect(m.alike(a, c, 0.25, 1)).toBe(true);
    expect(m.alike(a, c, 0.3, 1)).toBe(false);
    // A sentence with no content word left scores 0.
    expect(m.alike(a, new Set(), 0.1, 0)).toBe(false);
  });
});
