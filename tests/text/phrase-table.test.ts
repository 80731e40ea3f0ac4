import { describe, expect, it } from "vitest";
import { compilePhrases, opensPhrase, phrasesEndingAt, phrasesStartingAt } from "../../src/text/phrase-table.ts";
import { splitWords } from "../../src/text/tokenize.ts";

const at = (text: string) => {
  const words = splitWords(text);
  return (j: number) => words.lower[j];
};

describe("phrasesStartingAt", () => {
  it("returns the phrases starting at a word, longest first", () => {
    const table = compilePhrases([
      ["Korea Selatan", "state"],
      ["korea selatan dan AS", "pair"],
    ]);
    const words = at("Korea Selatan dan AS");
    expect(phrasesStartingAt(table, words, 0).map((m) => [m.last, m.values])).toEqual([
      [3, ["pair"]],
      [1, ["state"]],
    ]);
    expect(phrasesStartingAt(table, words, 1)).toEqual([]);
  });

  it("keeps every value of one phrase, in the order compiled", () => {
    const table = compilePhrases([
      ["kata", 1],
      ["kata", 2],
    ]);
    expect(phrasesStartingAt(table, at("kata dia"), 0)).toEqual([{ first: 0, last: 0, words: ["kata"], values: [1, 2], value: 1 }]);
  });

  it("stops where a token does not join the one before", () => {
    const table = compilePhrases([["lebih dari", "lower"]]);
    expect(phrasesStartingAt(table, at("lebih dari"), 0, () => false)).toEqual([]);
  });

  it("matches a word with '-nya' when the table allows it", () => {
    const table = compilePhrases([["tentara korea", true]], { nya: true });
    expect(phrasesStartingAt(table, at("tentaranya korea"), 0).map((m) => m.words)).toEqual([["tentara", "korea"]]);
    expect(phrasesStartingAt(compilePhrases([["tentara korea", true]]), at("tentaranya korea"), 0)).toEqual([]);
  });
});

describe("phrasesEndingAt", () => {
  it("returns the phrases ending at a word, longest first", () => {
    const table = compilePhrases([
      ["dari", "from"],
      ["lebih dari", "lower"],
    ]);
    expect(phrasesEndingAt(table, at("lebih dari 1.000"), 1).map((m) => [m.first, m.value])).toEqual([
      [0, "lower"],
      [1, "from"],
    ]);
  });
});

describe("opensPhrase", () => {
  it("tells whether a phrase starts with a word", () => {
    const table = compilePhrases([["menurut", true]]);
    expect(opensPhrase(table, "menurut")).toBe(true);
    expect(opensPhrase(table, "kata")).toBe(false);
  });
});
