import { describe, expect, it } from "vitest";
import { findOwner } from "../../../src/extract/figures/find-owner.ts";
import { resolveNoun } from "../../../src/extract/figures/resolve-noun.ts";
import { sentenceView } from "../../../src/extract/figures/sentence-view.ts";

const side = (sentence: string, qi = 0) => {
  const v = sentenceView(sentence);
  return findOwner(v, qi, resolveNoun(v, qi)).side;
};

describe("findOwner", () => {
  it("takes a side linked to people elsewhere in the sentence as the owner", () => {
    expect(side("Pasukan Ukraina kehilangan 700 tentara di front selatan.")).toBe("other");
  });

  it("does not take the speaker of the sentence as the owner ('…, kata militer Rusia', 'menurut pihak Ukraina')", () => {
    expect(side("Kira-kira 700 tentara gugur di front selatan, kata militer Rusia.")).toBe("assumed");
    expect(side("Menurut pihak Ukraina, 420 serdadu tewas pekan ini.")).toBe("assumed");
  });
});
