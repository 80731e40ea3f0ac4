import { describe, expect, it } from "vitest";
import { wordIndex } from "../../src/digest/word-index.ts";

const sets = [new Set(["kerah", "kursk", "rudal"]), new Set(["kerah", "kursk"]), new Set(["rudal"]), new Set(["kerah", "kursk", "rudal"]), new Set(["riyadh"])];

describe("wordIndex", () => {
  it("finds the later sets that share at least so many words with a set", () => {
    const index = wordIndex(sets);
    // Set 0 shares "kerah" and "kursk" with 1, "rudal" with 2, all three with 3, nothing with 4.
    expect(index.candidates(0, 2)).toEqual([1, 3]);
    expect(index.candidates(0, 1)).toEqual([1, 2, 3]);
    expect(index.candidates(0, 3)).toEqual([3]);
  });

  it("looks only forward, so each pair is found once", () => {
    const index = wordIndex(sets);
    expect(index.candidates(1, 2)).toEqual([3]);
    expect(index.candidates(3, 1)).toEqual([]);
  });

  it("finds nothing for a set whose words no other set uses, or for an index past the end", () => {
    const index = wordIndex(sets);
    expect(index.candidates(4, 1)).toEqual([]);
    expect(index.candidates(9, 1)).toEqual([]);
  });

  it("skips words used by more sets than the limit", () => {
    // "kerah", "kursk" and "rudal" are each in three sets.
    expect(wordIndex(sets, 2).candidates(0, 1)).toEqual([]);
    expect(wordIndex(sets, 3).candidates(0, 1)).toEqual([1, 2, 3]);
  });
});
