import { describe, expect, it } from "vitest";
import { loadBoilerplate, matchRule } from "../../../src/extract/clean/boilerplate-lexicon.ts";
import { cleanLines } from "../../../src/extract/clean/clean-lines.ts";

const lex = loadBoilerplate();
const BODY = "Korea Utara mengirim lebih banyak tentara ke Rusia, kata badan intelijen Korea Selatan pada Kamis.";

describe("boilerplate lexicon", () => {
  it("gives every rule a unique id", () => {
    const ids = lex.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of lex.rules) {
    describe(`rule ${rule.id}`, () => {
      for (const example of rule.examples) {
        it(`catches ${JSON.stringify(example)}`, () => {
          expect(matchRule(rule, example, lex.shapes)).not.toBeNull();
        });

        it(`makes cleanLines remove something from ${JSON.stringify(example)} between two paragraphs`, () => {
          const { removed } = cleanLines([
            { text: BODY, line: 1 },
            { text: example, line: 2 },
            { text: BODY, line: 3 },
          ]);
          expect(removed.filter((r) => r.line === 2).length).toBeGreaterThan(0);
        });
      }
      for (const counter of rule.counterexamples) {
        it(`leaves ${JSON.stringify(counter)}`, () => {
          expect(matchRule(rule, counter, lex.shapes)).toBeNull();
        });
      }
    });
  }

  it("never drops an article paragraph longer than a rule's maxLength", () => {
    const long = "Baca juga: " + "kata ".repeat(200);
    expect(matchRule(lex.byId.get("related-link")!, long, lex.shapes)).toBeNull();
  });

  it("reads named groups as byline fields", () => {
    const m = matchRule(lex.byId.get("byline-rep-red")!, "Rep: Fakthar Khairon Lubis/ Red: Sadly Rachman", lex.shapes);
    expect(m?.groups).toEqual({ author: "Fakthar Khairon Lubis", editor: "Sadly Rachman" });
  });

  it("finishes every rule on 200,000-character adversarial lines", () => {
    const lines = [
      "a".repeat(200_000),
      " ".repeat(100_000) + "x",
      "(" + "ab/".repeat(60_000) + "x",
      "Baca juga: " + "Kata ".repeat(40_000),
      ". (ab)".repeat(30_000),
      "1 ".repeat(100_000) + "x",
    ];
    for (const line of lines) {
      for (const rule of lex.rules) matchRule(rule, line, lex.shapes);
      expect(() => cleanLines([{ text: line, line: 1 }])).not.toThrow();
    }
  });
});
