import { describe, expect, it } from "vitest";
import { numbersLexicon } from "../../../src/extract/figures/numbers-lexicon.ts";

describe("numbers.yaml", () => {
  it("compiles 'se-' words into one and a scale", () => {
    expect(numbersLexicon().words.get("seratus")).toEqual([{ kind: "digit", value: 1 }, { kind: "group", factor: 100 }]);
  });

  it("gives every magnitude word a range in order", () => {
    for (const [word, r] of numbersLexicon().vague) expect(r.min, word).toBeLessThanOrEqual(r.max);
  });

  it("keeps magnitude words apart from number words", () => {
    expect([...numbersLexicon().vague.keys()].filter((w) => numbersLexicon().words.has(w))).toEqual([]);
  });

  it("lets the cheap pre-test see every word that opens an amount", () => {
    for (const w of numbersLexicon().openers) expect(numbersLexicon().mayHoldAmount.test(`x ${w} y`), w).toBe(true);
    expect(numbersLexicon().mayHoldAmount.test("Badan intelijen Korea Selatan menyatakan")).toBe(false);
  });
});
