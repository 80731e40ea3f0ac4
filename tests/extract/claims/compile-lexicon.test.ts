import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import path from "node:path";
import { LEXICON_DIR } from "../../../src/lexicon/define-lexicon.ts";
import { claimsLexicon } from "../../../src/extract/claims/compile-lexicon.ts";
import { splitWords } from "../../../src/text/tokenize.ts";

interface RawActor {
  id: string;
  aliases: (string | { pattern: string; caseSensitive?: boolean })[];
}

const raw = parse(readFileSync(path.join(LEXICON_DIR, "claimants.yaml"), "utf8")) as { actors: RawActor[] };

describe("claimants.yaml", () => {
  it("gives every actor a unique id, a name, an Indonesian description and a kind", () => {
    const { actors } = claimsLexicon();
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
    for (const actor of actors) {
      expect(actor.name.length).toBeGreaterThan(0);
      expect(actor.description.length).toBeGreaterThan(0);
    }
  });

  it("never gives one alias to two actors", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const actor of raw.actors) {
      for (const alias of actor.aliases) {
        const text = typeof alias === "string" ? alias : alias.pattern;
        const key = typeof alias === "string" || !alias.caseSensitive ? splitWords(text).lower.join(" ") : text;
        const other = owner.get(key);
        if (other && other !== actor.id) clashes.push(`${text}: ${other} / ${actor.id}`);
        owner.set(key, actor.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("has the actors the seeds need", () => {
    const ids = new Set(claimsLexicon().actors.map((a) => a.id));
    for (const id of ["nis", "gur", "pentagon", "kirby", "ryder", "zelensky", "putin", "peskov", "belousov", "kim-jong-un", "kcna", "isw", "bbc", "abc-news", "cna", "yonhap", "the-guardian", "jcs"]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
