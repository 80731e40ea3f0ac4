import { describe, expect, it } from "vitest";
import { attributeSentences } from "../../../src/extract/claims/attribute-sentences.ts";
import { CLAIMANT_IDS } from "../../fixtures/claimant-ids.ts";
import { seedArticles } from "./fixtures/seeds.ts";

/** Second claimants the reference names along with the first ("X and Y"). */
const ALSO: Record<string, string> = {
  "North Korea and Russia": "russia",
  "Ukrainian military intelligence and the Pentagon": "pentagon",
  "defectors and military experts (to BBC)": "experts",
};

/** Media the reference names with "(to BBC)". */
const VIA: Record<string, string> = {
  "Western officials (to BBC)": "bbc",
  "Ukrainian special forces (to BBC)": "bbc",
  "defectors and military experts (to BBC)": "bbc",
};

const normalise = (s: string) => s.replace(/[“”]/g, '"').replace(/\s+/g, " ");

describe("attributeSentences on the five seeds", () => {
  for (const article of seedArticles()) {
    const attributions = attributeSentences(article.sentences, { outlet: article.outlet });
    describe(article.file, () => {
      it("gives one attribution per sentence", () => {
        expect(attributions).toHaveLength(article.sentences.length);
      });
      for (const claim of article.claims) {
        it(`attributes "${claim.quote.slice(0, 50)}…" to ${claim.claimant}`, () => {
          const expected = CLAIMANT_IDS[claim.claimant];
          expect(expected, `no id mapped for "${claim.claimant}"`).toBeDefined();
          const index = article.sentences.findIndex((s) => normalise(s.text).includes(normalise(claim.quote)));
          expect(index, "the quote is in one sentence").toBeGreaterThanOrEqual(0);
          const a = attributions[index]!;
          if (expected!.also) expect(a.also.map((c) => c.id)).toContain(expected!.id);
          else expect(a.claimant.id).toBe(expected!.id);
          const second = ALSO[claim.claimant];
          if (second) expect(a.also.map((c) => c.id)).toContain(second);
          const via = VIA[claim.claimant];
          if (via) expect(a.via?.id).toBe(via);
        });
      }
    });
  }
});
