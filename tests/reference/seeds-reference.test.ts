import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { scoreSeeds } from "./score-seeds.ts";

const corpus = await loadCorpus({ seeds: "seeds", cache: null });
const score = scoreSeeds(corpus.entries);

describe("the parser on the five seeds, against the hand-checked reference", () => {
  it("parses every seed without an error", () => {
    expect(corpus.failed, corpus.report).toBe(false);
  });

  for (const check of score.checks) {
    it(`${check.seed}: ${check.what}`, () => {
      expect(check.ok, check.detail).toBe(true);
    });
  }

  it("finds every reference figure with its value, bound, category and claimant (recall 100%)", () => {
    expect(score.figures.matched).toBe(score.figures.expected);
  });

  it("counts as North Korean troops only numbers the reference counts (precision 100%)", () => {
    expect(score.figures.troopCorrect).toBe(score.figures.troopFound);
    expect(score.figures.otherAsTroops).toBe(0);
  });
});
