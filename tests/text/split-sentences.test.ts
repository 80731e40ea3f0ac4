import { describe, expect, it } from "vitest";
import { splitParagraph } from "../../src/text/split-sentences.ts";

describe("splitParagraph", () => {
  it("keeps a quote with its post-posed attribution as one sentence", () => {
    const parts = splitParagraph('"Tentara tersebut berperan sebagai infanteri," ujar Ryder. Sementara itu, Kremlin diam.');
    expect(parts.map((p) => p.text)).toEqual([
      '"Tentara tersebut berperan sebagai infanteri," ujar Ryder.',
      "Sementara itu, Kremlin diam.",
    ]);
  });

  it("does not split inside thousands ('10.000') or after a listed abbreviation", () => {
    const parts = splitParagraph("Korea Utara mengirim 10.000 tentara. Dr. Kim tiba di Jl. Merdeka pada pagi hari.");
    expect(parts.map((p) => p.text)).toEqual([
      "Korea Utara mengirim 10.000 tentara.",
      "Dr. Kim tiba di Jl. Merdeka pada pagi hari.",
    ]);
  });

  it("gives each sentence's offset in the paragraph", () => {
    const text = "Satu dua. Tiga empat.";
    for (const p of splitParagraph(text)) expect(text.slice(p.index, p.index + p.text.length)).toBe(p.text);
  });
});
