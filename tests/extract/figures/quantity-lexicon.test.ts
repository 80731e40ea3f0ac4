import { describe, expect, it } from "vitest";
import { quantityWords } from "../../../src/extract/figures/quantity-lexicon.ts";
import { phrasesEndingAt } from "../../../src/text/phrase-table.ts";

describe("quantity-phrases.yaml", () => {
  it("compiles range joiners that match the whole text between two numbers", () => {
    for (const between of ["-", " – ", " hingga ", " sampai dengan ", " s.d. ", " s/d "]) {
      expect(quantityWords().joiner.test(between), between).toBe(true);
    }
    expect(quantityWords().joiner.test(" dan ")).toBe(false);
    expect(quantityWords().openerJoiners.get("antara")?.test(" dan ")).toBe(true);
  });

  it("finds a currency at the end of the text before a numeral, not inside a word", () => {
    expect(quantityWords().currency.test("dana Rp")).toBe(true);
    expect(quantityWords().currency.test("dana US$")).toBe(true);
    expect(quantityWords().currency.test("Grp")).toBe(false);
  });

  it("keeps the longest bound: 'tak kurang dari' is a lower bound, not 'kurang dari'", () => {
    const words = ["tak", "kurang", "dari"];
    expect(phrasesEndingAt(quantityWords().bounds, (j) => words[j], 2)[0]?.words).toHaveLength(3);
  });
});
