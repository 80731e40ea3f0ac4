import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstRule } from "../../../src/extract/clean/apply-rules.ts";
import { loadBoilerplate } from "../../../src/extract/clean/boilerplate-lexicon.ts";

const lex = loadBoilerplate();
const samples = lex.rules.flatMap((r) => [...r.examples, ...r.counterexamples]);
const id = (line: string, useFilter: boolean) => firstRule(lex, line, "drop", useFilter)?.rule.id ?? null;

describe("firstRule", () => {
  it("finds the first drop rule for a line", () => {
    expect(id("Advertisement", true)).toBe("ad-marker");
    expect(id("Korea Utara mengirim pasukan ke Rusia.", true)).toBeNull();
  });

  it("finds the strip rule for a trailing credit", () => {
    expect(firstRule(lex, "Pasukan itu tiba. (isa/isa)", "strip")?.rule.id).toBe("desk-code-suffix");
  });

  it("decides every example and counterexample of the lexicon as the rules one by one do", () => {
    for (const line of samples) expect(id(line, true)).toBe(id(line, false));
  });

  it("decides arbitrary lines as the rules one by one do (the joined filter only filters)", () => {
    const piece = fc.oneof(fc.constantFrom(...samples), fc.string({ maxLength: 30 }), fc.string({ unit: "grapheme", maxLength: 30 }));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 3 }), (parts) => {
        const line = parts.join(" ").trim();
        expect(id(line, true)).toBe(id(line, false));
      }),
      { numRuns: 2000 },
    );
  });
});
