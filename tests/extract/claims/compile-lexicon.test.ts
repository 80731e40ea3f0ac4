import { describe, expect, it } from "vitest";
import { claimsLexicon } from "../../../src/extract/claims/compile-lexicon.ts";

describe("claimants.yaml", () => {
  it("gives every actor a unique id, a name, an Indonesian description and a kind", () => {
    const { actors } = claimsLexicon();
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
    for (const actor of actors) {
      expect(actor.name.length).toBeGreaterThan(0);
      expect(actor.description.length).toBeGreaterThan(0);
    }
  });

  it("never gives one alias to two actors, composed roles included", () => {
    const { aliases, actors } = claimsLexicon();
    const owner = new Map<string, number>();
    const clashes: string[] = [];
    for (const alias of aliases.plain) {
      const key = alias.words.map((w, i) => alias.exact?.[i] ?? w).join(" ");
      const other = owner.get(key);
      if (other !== undefined && other !== alias.actor) clashes.push(`${key}: ${actors[other]!.id} / ${actors[alias.actor]!.id}`);
      owner.set(key, alias.actor);
    }
    expect(clashes).toEqual([]);
  });

  it("composes the roles of a body with the names of its place, with and without 'dari'", () => {
    const { aliases, actors } = claimsLexicon();
    const of = (words: string) => aliases.plain.filter((a) => a.words.join(" ") === words).map((a) => actors[a.actor]!.id);
    expect(of("badan intelijen seoul")).toEqual(["nis"]);
    expect(of("agen mata-mata korea selatan")).toEqual(["nis"]);
    expect(of("badan intelijen dari barat")).toEqual(["western-intelligence"]);
    expect(of("pemerintah rusia")).toEqual(["russia"]);
  });

  it("keeps the case of a case-sensitive place name inside a composed alias", () => {
    const composed = claimsLexicon().aliases.plain.find((a) => a.words.join(" ") === "intelijen as")!;
    expect(composed.exact).toEqual([null, "AS"]);
  });

  it("has the actors the seeds need", () => {
    const ids = new Set(claimsLexicon().actors.map((a) => a.id));
    for (const id of ["nis", "gur", "pentagon", "kirby", "ryder", "zelensky", "putin", "peskov", "belousov", "kim-jong-un", "kcna", "isw", "bbc", "abc-news", "cna", "yonhap", "the-guardian", "jcs"]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
