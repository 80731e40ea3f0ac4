import { describe, expect, it } from "vitest";
import { NUMBERS } from "../../../src/extract/figures/numbers-lexicon.ts";

describe("numbers.yaml", () => {
  it("compiles 'se-' words into one and a scale", () => {
    expect(NUMBERS.words.get("seratus")).toEqual([{ kind: "digit", value: 1 }, { kind: "group", factor: 100 }]);
  });

  it("gives every magnitude word a range in order", () => {
    for (const [word, r] of NUMBERS.vague) expect(r.min, word).toBeLessThanOrEqual(r.max);
  });

  it("keeps magnitude words apart from number words", () => {
    expect([...NUMBERS.vague.keys()].filter((w) => NUMBERS.words.has(w))).toEqual([]);
  });

  it("lets the cheap pre-test see every word that opens an amount", () => {
    for (const w of NUMBERS.openers) expect(NUMBERS.mayHoldAmount.test(`x ${w} y`), w).toBe(true);
    expect(NUMBERS.mayHoldAmount.test("Badan intelijen Korea Selatan menyatakan")).toBe(false);
  });
});
