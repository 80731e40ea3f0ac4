import { describe, expect, it } from "vitest";
import { commonWords, contextIndex, sameStoryTest } from "../../../src/extract/published/context-index.ts";
import type { ContextEntry } from "../../../src/extract/published/narrow-with-context.ts";
import type { Published } from "../../../src/schema/entry.ts";

const day: Published = { date: "2025-02-27", precision: "day", basis: "front-matter", estimated: false, text: "2025-02-27", reason: "front matter", start: "2025-02-27", end: "2025-02-27" };

function entry(id: string, sentences: string[], estimated = false): ContextEntry {
  return { id, title: id, published: { ...day, estimated }, sentences: sentences.map((text) => ({ text })), mentions: [] };
}

const told = "Badan intelijen Korea Selatan menyebut Pyongyang mengirim 3.000 tentara tambahan ke Rusia awal tahun ini.";

describe("contextIndex", () => {
  it("indexes the sentences of dated entries and leaves estimated ones out", () => {
    const index = contextIndex([entry("a", [told, "Kalimat kedua tentang pasukan."]), entry("b", [told], true)]);
    expect(index.sentences.map((s) => s.entry.id)).toEqual(["a", "a"]);
  });
});

describe("commonWords", () => {
  it("lists the words of more than 400 sentences, and only those", () => {
    const many = Array.from({ length: 401 }, (_, i) => entry(`e${i}`, [`Pasukan bergerak menuju perbatasan nomor${"x".repeat(1 + (i % 7))}.`]));
    const words = commonWords(contextIndex(many));
    expect(words.length).toBeGreaterThan(0);
    expect(commonWords(contextIndex(many.slice(0, 400)))).toEqual([]);
  });
});

describe("sameStoryTest", () => {
  it("is true when a dated entry tells the same sentence", () => {
    expect(sameStoryTest([entry("a", [told])], new Set())([told])).toBe(true);
  });

  it("is false for a sentence about something else", () => {
    expect(sameStoryTest([entry("a", [told])], new Set())(["Harga cabai rawit di pasar tradisional Jakarta naik dua kali lipat pekan ini."])).toBe(false);
  });

  it("never counts an estimated entry", () => {
    expect(sameStoryTest([entry("a", [told], true)], new Set())([told])).toBe(false);
  });

  it("does not count common words towards the words two sentences share", () => {
    const a = "Pasukan Korea Utara tiba di Kursk.";
    const b = "Pasukan Korea Utara tiba di Kursk.";
    expect(sameStoryTest([entry("a", [b])], new Set())([a])).toBe(true);
    expect(sameStoryTest([entry("a", [b])], new Set(["pasukan", "korea", "utara", "tiba", "kursk"]))([a])).toBe(false);
  });
});
