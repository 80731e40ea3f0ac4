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
