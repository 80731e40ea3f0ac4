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
