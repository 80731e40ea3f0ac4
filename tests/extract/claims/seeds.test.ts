import { describe, expect, it } from "vitest";
import { attributeSentences } from "../../../src/extract/claims/attribute-sentences.ts";
import { seedArticles } from "./fixtures/seeds.ts";

/**
 * The prose claimants of seeds.json, as canonical ids of claimants.yaml.
 * `also: true` marks a claim whose words stand in a clause of a second
 * claimant of the same sentence: its id must be in the sentence's `also`
 * ("Kirby mengonfirmasi …, setelah pemerintah Ukraina menyatakan …").
 */
const CLAIMANT_IDS: Record<string, { id: string; also?: true }> = {
  "NIS (South Korean intelligence)": { id: "nis" },
  NIS: { id: "nis" },
  "Ukrainian military": { id: "ukraine-military" },
  "Western, South Korean and Ukrainian intelligence": { id: "western-sk-ua-intelligence" },
  "North Korea and Russia": { id: "north-korea" },
  Ukraine: { id: "ukraine" },
  "Ukrainian officials": { id: "ukraine-officials" },
  "South Korean Joint Chiefs of Staff": { id: "jcs" },
  "local media (via NIS)": { id: "local-media" },
  "defence analysts": { id: "analysts" },
  Zelenskyy: { id: "zelensky" },
  Zelensky: { id: "zelensky" },
  "ABC News": { id: "abc-news" },
  "US and South Korean intelligence": { id: "us-sk-intelligence" },
  "South Korean military officials": { id: "sk-military-officials" },
  "Western officials (to BBC)": { id: "western-officials" },
  "Ukrainian special forces (to BBC)": { id: "ukraine-special-forces" },
  "defectors and military experts (to BBC)": { id: "defectors" },
  "Ukrainian military intelligence and the Pentagon": { id: "gur" },
  "John Kirby (US National Security spokesman)": { id: "kirby" },
  "Ukrainian government": { id: "ukraine-government", also: true },
  "GUR (Ukrainian military intelligence)": { id: "gur" },
  GUR: { id: "gur" },
  "Pat Ryder (Pentagon spokesman)": { id: "ryder" },
  "Institute for the Study of War": { id: "isw" },
  "South Korean lawmaker": { id: "sk-lawmaker" },
  "KCNA (North Korean state news agency)": { id: "kcna" },
  Russia: { id: "russia" },
};

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
