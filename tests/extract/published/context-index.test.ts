import { describe, expect, it } from "vitest";
import type { ContextEntry } from "../../../src/extract/published/context-entry.ts";
import { alikeSentences, contextIndex } from "../../../src/extract/published/context-index.ts";
import { contentWords } from "../../../src/text/content-words.ts";
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
    expect(index.dated).toBe(1);
  });

  it("knows the first day of its newest dated entry, and none without one", () => {
    const older = { ...entry("a", [told]), published: { ...day, date: "2025-01-10", start: "2025-01-10", end: "2025-01-10" } };
    expect(contextIndex([older, entry("b", [told]), entry("c", [told], true)]).newest).toBe("2025-02-27");
    expect(contextIndex([]).newest).toBeNull();
  });
});

describe("alikeSentences", () => {
  it("finds the dated sentence that tells the same report, with its share of shared words", () => {
    const index = contextIndex([entry("a", ["Harga cabai naik di pasar.", told])]);
    const found = alikeSentences(index, contentWords("Intelijen Korea Selatan: Pyongyang mengirim 3.000 tentara tambahan ke Rusia."));
    expect(found.map((f) => f.id)).toEqual([1]);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.34);
  });

  it("finds nothing for a sentence about something else", () => {
    const index = contextIndex([entry("a", [told])]);
    expect(alikeSentences(index, contentWords("Harga cabai rawit di pasar tradisional Jakarta naik dua kali lipat pekan ini."))).toEqual([]);
  });

  it("does not count a word of more than 400 sentences towards the words shared", () => {
    const many = Array.from({ length: 401 }, (_, i) => entry(`e${i}`, [`Pasukan bergerak menuju perbatasan nomor${"x".repeat(1 + (i % 7))}.`]));
    const index = contextIndex(many);
    expect(alikeSentences(index, contentWords("Pasukan bergerak menuju perbatasan."))).toEqual([]);
    expect(alikeSentences(contextIndex(many.slice(0, 400)), contentWords("Pasukan bergerak menuju perbatasan.")).length).toBe(400);
  });
});
