import { describe, expect, it } from "vitest";
import { WordIndex } from "../../src/text/word-index.ts";

describe("WordIndex", () => {
  it("counts, for each item, the words it shares with a query, in the order items were met", () => {
    const index = new WordIndex<string>();
    index.add("a", ["kerah", "kursk", "pasukan"]);
    index.add("b", ["kursk", "riyadh"]);
    index.add("c", ["harga", "cabai"]);
    expect([...index.shared(["kursk", "pasukan", "tewas"])]).toEqual([
      ["a", 2],
      ["b", 1],
    ]);
  });

  it("finds nothing through a word of more items than maxPostings", () => {
    const index = new WordIndex<number>(2);
    for (let i = 0; i < 3; i++) index.add(i, ["korea", `kata${i}`]);
    expect([...index.shared(["korea"])]).toEqual([]);
    expect([...index.shared(["korea", "kata1"])]).toEqual([[1, 1]]);
  });
});

describe("WordIndex on sets of content words", () => {
  const sets = [new Set(["kerah", "kursk", "rudal"]), new Set(["kerah", "kursk"]), new Set(["rudal"]), new Set(["kerah", "kursk", "rudal"]), new Set(["riyadh"])];
  const indexOf = (maxPostings?: number) => {
    const index = new WordIndex<number>(maxPostings);
    sets.forEach((s, i) => index.add(i, s));
    return index;
  };

  it("counts what each set shares with set 0, itself included, in the order the sets were met", () => {
    // Set 0 shares "kerah" and "kursk" with 1, "rudal" with 2, all three with 3, nothing with 4;
    // "kerah" meets 0, 1 and 3 first, then "rudal" meets 2.
    expect([...indexOf().shared(sets[0]!)]).toEqual([
      [0, 3],
      [1, 2],
      [3, 3],
      [2, 1],
    ]);
  });

  it("finds nothing for a set whose words no other set uses", () => {
    expect([...indexOf().shared(sets[4]!)]).toEqual([[4, 1]]);
  });

  it("skips words used by more sets than the limit", () => {
    // "kerah", "kursk" and "rudal" are each in three sets.
    expect([...indexOf(2).shared(sets[0]!)]).toEqual([]);
    expect([...indexOf(3).shared(sets[0]!)].length).toBe(4);
  });
});
