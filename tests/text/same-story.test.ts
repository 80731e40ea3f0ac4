import { describe, expect, it } from "vitest";
import { contentWords, rootOf } from "../../src/text/content-words.ts";
import { overlap, storyWords, tellsSame } from "../../src/text/same-story.ts";

describe("rootOf", () => {
  it("gives 'dikerahkan', 'mengerahkan' and 'pengerahan' one root", () => {
    expect(["dikerahkan", "mengerahkan", "pengerahan"].map(rootOf)).toEqual(["kerah", "kerah", "kerah"]);
  });

  it("leaves short words as they are", () => {
    expect(rootOf("tewas")).toBe("tewas");
  });
});

describe("contentWords", () => {
  it("keeps the roots of words of four letters or more that are not function words", () => {
    expect([...contentWords("Pyongyang mengerahkan kembali tentaranya ke wilayah Kursk.")]).toEqual(["pyongyang", "kerah", "kembali", "tentara", "wilayah", "kursk"]);
  });
});

describe("overlap", () => {
  it("counts shared words over the smaller set", () => {
    // 2 shared of the smaller set's 3 words.
    expect(overlap(new Set(["a", "b", "c"]), new Set(["b", "c", "d", "e"]))).toEqual({ score: 2 / 3, shared: 2 });
  });

  it("is 0 for an empty set", () => {
    expect(overlap(new Set(), new Set(["a"]))).toEqual({ score: 0, shared: 0 });
  });
});

describe("tellsSame", () => {
  it("needs both the share and the count", () => {
    const a = new Set(["nis", "januari", "tewas"]);
    const b = new Set(["nis", "januari", "tewas", "kursk"]);
    expect(tellsSame(a, b, { minScore: 0.6, minShared: 3 })).toBe(true);
    expect(tellsSame(a, b, { minScore: 0.6, minShared: 4 })).toBe(false);
    expect(tellsSame(a, new Set(["nis", "kursk"]), { minScore: 0.6, minShared: 1 })).toBe(false);
  });
});

describe("storyWords", () => {
  it("leaves out the words of more than a share of the corpus's sentences", () => {
    const sentences = ["Tentara Korea tiba.", "Tentara Korea tewas.", "Tentara Korea pulang.", "Harga cabai naik."];
    // "tentara" and "korea" stand in 3 of 4 sentences, over max(2, 4 × 0.5) = 2.
    const words = storyWords(sentences, 0.5);
    expect([...words("Tentara Korea tewas di Kursk")]).toEqual(["tewas", "kursk"]);
  });
});

describe("storyWords on a small corpus", () => {
  // Words of four letters or more, none a function word and none long enough to lose an affix,
  // so each word is its own root.
  const corpus = ["Korea kirim rudal ke Kursk.", "Korea kirim drone ke Kursk.", "Korea serang desa di Kursk.", "Harga cabai naik."];

  it("leaves out the words of more than two sentences of a small corpus", () => {
    // "Korea" and "Kursk" are in three of the four sentences; "kirim" in two.
    const words = storyWords(corpus);
    expect([...words("Korea kirim rudal ke Kursk.")]).toEqual(["kirim", "rudal"]);
    expect([...words("Korea tembak Kursk dari laut.")]).toEqual(["tembak", "laut"]);
  });

  it("leaves out the words of more than 15% of the sentences of a larger corpus", () => {
    // Twenty sentences: a word is common in more than three of them.
    const filler = Array.from({ length: 13 }, (_, i) => `Kalimat nomor${"x".repeat(i + 1)}.`);
    const sentences = [...Array.from({ length: 4 }, () => "Serbu bunker."), ...Array.from({ length: 3 }, () => "Tembak tank."), ...filler];
    expect([...storyWords(sentences)("Serbu bunker lalu tembak tank.")]).toEqual(["tembak", "tank"]);
  });

  it("takes another share of common words when told", () => {
    // Half of four sentences is two: "kirim" (in two) stays, "Korea" and "Kursk" (in three) go.
    expect([...storyWords(corpus, 0.5)("Korea kirim rudal ke Kursk.")]).toEqual(["kirim", "rudal"]);
    // A quarter of four is one, but a word is never common in two sentences or fewer.
    expect([...storyWords(corpus, 0.25)("Korea kirim rudal ke Kursk.")]).toEqual(["kirim", "rudal"]);
  });

  it("finds two word sets alike when they share enough words and enough of the smaller one", () => {
    const a = new Set(["kirim", "rudal", "drone", "tank"]);
    const b = new Set(["kirim", "rudal"]);
    // Two shared, all of the smaller set.
    expect(tellsSame(a, b, { minScore: 0.6, minShared: 2 })).toBe(true);
    expect(tellsSame(a, b, { minScore: 0.6, minShared: 3 })).toBe(false);
    // One shared of four: a score of 0.25, enough for 0.25 and not for 0.3.
    const c = new Set(["kirim", "serang", "desa", "kota"]);
    expect(tellsSame(a, c, { minScore: 0.25, minShared: 1 })).toBe(true);
    expect(tellsSame(a, c, { minScore: 0.3, minShared: 1 })).toBe(false);
    // A sentence with no content word left scores 0.
    expect(tellsSame(a, new Set(), { minScore: 0.1, minShared: 0 })).toBe(false);
  });
});
