import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadBoilerplate } from "../../../src/extract/clean/boilerplate-lexicon.ts";
import { cleanText, splitLines } from "./clean-text.ts";

const lex = loadBoilerplate();
const fragments = [
  ...lex.rules.flatMap((r) => [...r.examples, ...r.counterexamples]),
  "Korsel Sebut Korea Utara Tambah Pengiriman Pasukan ke Rusia",
  "Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan pada Selasa (4/2/2025).",
  "Klaim Rusia soal Kemajuan yang Stabil",
  "Pada Jumat (31/1), militer Ukraina mengungkap hal serupa.",
  "Hingga berita ini diturunkan, polisi belum merilis identitas korban.",
  '"Kami siap," kata dia. (isa/isa)',
  "Pasukan tiba. (ab) (cd/ef)",
  "",
  "   ",
  "\u00a0",
];

describe("cleanText", () => {
  it("keeps the headline first and drops boilerplate", () => {
    expect(cleanText("Korsel Sebut Korea Utara Tambah Pasukan\nAdvertisement\nSeoul: Korea Utara mengirim pasukan.\n(isa/isa)")).toBe(
      "Korsel Sebut Korea Utara Tambah Pasukan\nSeoul: Korea Utara mengirim pasukan.",
    );
  });

  it("splits on every kind of line break", () => {
    expect(splitLines("a\r\nb\rc\n\n d").map((l) => [l.text, l.line])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
      [" d", 5],
    ]);
  });

  it("is idempotent on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const once = cleanText(text);
        expect(cleanText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent on text made of boilerplate, titles and sentences", () => {
    const line = fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 40 }));
    const joiner = fc.constantFrom("\n", "\r\n", "\n\n");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), joiner, (ls, j) => {
        const once = cleanText(ls.join(j));
        expect(cleanText(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
