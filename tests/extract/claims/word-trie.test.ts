import { describe, expect, it } from "vitest";
import { addPhrase, newTrie, phrasesAt, splitWords } from "../../../src/extract/claims/word-trie.ts";

describe("splitWords", () => {
  it("keeps hyphenated words and apostrophes whole and splits punctuation off", () => {
    expect(splitWords("agen mata-mata (NIS), Jum'at.").raw).toEqual(["agen", "mata-mata", "(", "NIS", ")", ",", "Jum'at", "."]);
  });

  it("gives lower-case words and offsets", () => {
    const w = splitWords("  Kata  NIS");
    expect(w.lower).toEqual(["kata", "nis"]);
    expect(w.start).toEqual([2, 8]);
    expect(w.end).toEqual([6, 11]);
  });

  it("treats letters beyond ASCII as letters", () => {
    expect(splitWords("José Ramos-Horta").raw).toEqual(["José", "Ramos-Horta"]);
  });
});

describe("phrasesAt", () => {
  it("returns the phrases starting at a word, longest first", () => {
    const trie = newTrie<string>();
    addPhrase(trie, ["korea", "selatan"], "state");
    addPhrase(trie, ["korea", "selatan", "dan", "as"], "pair");
    const words = splitWords("Korea Selatan dan AS");
    expect(phrasesAt(trie, words, 0)).toEqual([
      { last: 3, values: ["pair"] },
      { last: 1, values: ["state"] },
    ]);
    expect(phrasesAt(trie, words, 1)).toEqual([]);
  });
});
