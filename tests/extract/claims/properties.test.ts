import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attributeSentences } from "../../../src/extract/claims/attribute-sentences.ts";
import { normaliseClaimant } from "../../../src/extract/claims/normalise-claimant.ts";
import { Claimant, HEDGES } from "../../../src/schema/entry.ts";

/** Strings made of the words attribution looks at, so the rules are exercised, not only skipped. */
const WORDS = [
  "kata", "katanya", "menurut", "mengatakan", "diungkapkan", "oleh", "Hal", "ini", "NIS", "Korea", "Selatan",
  "Rusia", "dan", "maupun", "yang", "belum", "mengonfirmasi", "sekitar", "300", "dikutip", "dari", "CNA",
  "kepada", "BBC", "Mereka", ",", ".", '"', "“", "”", "(", ")", "-", "Seorang", "para", "itu", "laporan",
];
const wordy = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(" "));
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 100 }), wordy);

describe("attribution never throws", () => {
  it("attributeSentences returns one valid attribution per sentence for any text", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text, paragraph: fc.nat(3) }), { maxLength: 8 }), fc.option(fc.string(), { nil: null }), (sentences, outlet) => {
        const out = attributeSentences(sentences, { outlet });
        expect(out).toHaveLength(sentences.length);
        for (const a of out) {
          expect(Claimant.safeParse(a.claimant).success).toBe(true);
          expect(HEDGES).toContain(a.hedge);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("normaliseClaimant returns a valid claimant for any text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(Claimant.safeParse(normaliseClaimant(t)).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("handles a 200,000-character line", () => {
    const line = `${"Badan intelijen Korea Selatan, ".repeat(3000)}mengatakan, "${"kata NIS dan ".repeat(8000)}`;
    const [a] = attributeSentences([{ text: line, paragraph: 0 }], { outlet: null });
    expect(a).toBeDefined();
  });
});
