import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreCorpus } from "../../src/score/score-corpus.ts";

// Two tiny invented corpora, one in each gold form; the totals below are
// worked out by hand from their gold.json and what each article says.
const FULL = path.join(import.meta.dirname, "fixtures/full");
const GENERAL = path.join(import.meta.dirname, "fixtures/general");
const before = readdirSync(FULL).sort();

const full = await scoreCorpus(FULL);
const general = await scoreCorpus(GENERAL);

describe("scoreCorpus on a corpus with figures", () => {
  const t = full.totals;

  it("refuses only the page that holds no article, and lists the article nothing dates as undated", () => {
    expect(t.refused).toEqual({ n: 1, of: 5 });
    expect(full.files.filter((f) => f.refused).map((f) => f.file)).toEqual(["05-kabarkursk-hanya-iklan.txt"]);
    expect(full.files[4]!.refusal[0]).toMatch(/^no-text-left: /u);
    expect(full.files[3]!.published).toMatchObject({ undated: true, got: null, estimated: null });
  });

  it("scores outlets: two named and found, one unnamed left empty, one refused", () => {
    expect(t.outlet).toEqual({ right: { n: 2, of: 5 }, whereNamed: { n: 2, of: 2 }, nullOrRightWhereNotNamed: { n: 2, of: 3 } });
  });

  it("scores dates: the opening sentence's day, a day before the address date, is an estimate that holds; the undated article is a miss, never wrong", () => {
    expect(t.published).toEqual({
      exact: { n: 2, of: 5 },
      exactWhereStated: { n: 2, of: 2 },
      withinDay: { n: 3, of: 5 },
      estimateHolds: { n: 1, of: 1 },
      confidentlyWrong: 0,
      undatedWithDate: 1,
      undatedWhereNone: { n: 0, of: 0 },
      confidentlyDatedWhereNone: 0,
    });
  });

  it("scores places and titles, the refused page missing both", () => {
    expect(t.place).toEqual({ right: { n: 3, of: 3 }, nullWhereNone: { n: 1, of: 2 } });
    expect(t.title).toEqual({ right: { n: 2, of: 2 }, notClaimedWhereNone: { n: 2, of: 3 } });
  });

  it("finds every figure; a repeated figure is no false one, the control's is, an unannotated 'ribuan' is left out", () => {
    const f = t.figures!;
    expect([f.recallByValue, f.recallByCategory]).toEqual([{ n: 6, of: 6 }, { n: 6, of: 6 }]);
    expect([f.precisionByValue, f.precisionByCategory]).toEqual([{ n: 6, of: 7 }, { n: 6, of: 7 }]);
    expect(f.vagueLeftOut).toBe(1);
    expect(f.categories).toEqual({
      deployed: { recall: { n: 1, of: 1 }, precision: { n: 1, of: 2 } },
      additional_deployed: { recall: { n: 1, of: 1 }, precision: { n: 2, of: 2 } },
      killed: { recall: { n: 2, of: 2 }, precision: { n: 2, of: 2 } },
      casualties: { recall: { n: 1, of: 1 }, precision: { n: 1, of: 1 } },
      other: { recall: { n: 1, of: 1 }, precision: { n: 0, of: 0 } },
    });
  });

  it("agrees on every matched figure's claimant, by lexicon, by name and unattributed", () => {
    expect(t.figures!.claimant).toEqual({ n: 6, of: 6 });
    expect(t.figures!.claimantBy).toEqual({ lexicon: { n: 4, of: 4 }, name: { n: 1, of: 1 }, unattributed: { n: 1, of: 1 } });
  });

  it("counts the troop figure of the off-topic control", () => {
    expect(t.offTopicTroops).toBe(1);
  });

  it("writes nothing into the corpus folder", () => {
    expect(readdirSync(FULL).sort()).toEqual(before);
  });
});

describe("scoreCorpus on a corpus without figures", () => {
  const t = general.totals;

  it("takes 'named in the text' and 'stated in the text' from the gold", () => {
    expect(t.outlet).toEqual({ right: { n: 1, of: 3 }, whereNamed: { n: 1, of: 1 }, nullOrRightWhereNotNamed: { n: 2, of: 2 } });
    expect(t.published.exactWhereStated).toEqual({ n: 2, of: 2 });
  });

  it("counts an undated page left undated as right", () => {
    expect(t.refused).toEqual({ n: 0, of: 3 });
    expect(general.files[2]!.published.undated).toBe(true);
    expect(t.published.undatedWhereNone).toEqual({ n: 1, of: 1 });
    expect(t.published.confidentlyDatedWhereNone).toBe(0);
  });

  it("has no figures and no off-topic control to score", () => {
    expect(t.figures).toBeNull();
    expect(t.offTopicTroops).toBeNull();
  });
});
