import { describe, expect, it } from "vitest";
import { loadProvenance } from "../../../src/extract/provenance/provenance-lexicon.ts";
import { checkLexicon } from "../../../src/lexicon/define-lexicon.ts";
import { ProvenanceLexicon } from "../../../src/extract/provenance/provenance-lexicon.ts";

describe("provenance lexicon", () => {
  for (const ex of loadProvenance().examples.addressed) {
    it(`reads "${ex.text}" as ${ex.addressed ? "" : "not "}naming the medium a speaker talked to`, () => {
      expect(loadProvenance().addressed.test(ex.text)).toBe(ex.addressed);
    });
  }
  for (const ex of loadProvenance().examples.quoting) {
    it(`reads "${ex.text}" as ${ex.quoting ? "" : "not "}quoting`, () => {
      expect(loadProvenance().quoting.test(ex.text)).toBe(ex.quoting);
    });
  }
  it("matches quoting words as whole words only", () => {
    expect(loadProvenance().quoting.test("mengutipnya Reuters")).toBe(false);
    expect(loadProvenance().quoting.test("mengacu  pada Yonhap")).toBe(true);
  });
  it("reports a mistake in the file with its place", () => {
    const text = "quoting:\n  words: []\n  examples: []\naddressed:\n  words: [kepada]\n  examples: [{ text: kepada BBC, addressed: true }]\n";
    const checked = checkLexicon("src/lexicon/provenance.yaml", text, ProvenanceLexicon);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues[0]).toMatch(/^src\/lexicon\/provenance\.yaml:2:\d+ {2}quoting\.words/);
  });
});
