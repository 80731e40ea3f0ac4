import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { categoryWords } from "../../../src/extract/figures/category-lexicon.ts";
import { LEXICON_DIR } from "../../../src/lexicon/define-lexicon.ts";
import { phrasesStartingAt } from "../../../src/text/phrase-table.ts";

const raw = parse(readFileSync(`${LEXICON_DIR}/figure-categories.yaml`, "utf8")) as {
  cues: Record<string, string[]>;
  people: Record<string, string[]>;
  things: string[];
};

describe("figure-categories.yaml", () => {
  it("loads and compiles the cue phrases", () => {
    expect(phrasesStartingAt(categoryWords().cues, () => "tewas", 0)[0]?.value).toBe("killed");
  });

  it("lists no cue phrase under two categories", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [category, phrases] of Object.entries(raw.cues)) {
      for (const p of phrases) {
        const key = p.toLowerCase();
        const before = seen.get(key);
        if (before !== undefined && before !== category) clashes.push(`${p}: ${before} and ${category}`);
        seen.set(key, category);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("lists no noun both as people and as a thing", () => {
    const people = Object.values(raw.people).flat().map((w) => w.toLowerCase());
    expect(people.filter((w) => raw.things.map((t) => t.toLowerCase()).includes(w))).toEqual([]);
  });

  it("lists no people noun under two kinds", () => {
    const all = Object.values(raw.people).flat().map((w) => w.toLowerCase());
    expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
  });
});
