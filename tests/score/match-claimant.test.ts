import { describe, expect, it } from "vitest";
import { claimantAgrees, goldClaimantName } from "../../src/score/match-claimant.ts";
import { claimantOf, makeClaim, makeFigure } from "./fixtures/make-figure.ts";

const by = (claimant = claimantOf("outlet", "self", "Redaksi", ""), claim: string | null = null) => makeFigure({ min: 100, max: 100, category: "killed", claimant, claim });

describe("goldClaimantName", () => {
  it("drops brackets and the channel after 'via'", () => {
    expect(goldClaimantName("NIS (via lawmaker Lee Seong Kweun)")).toBe("NIS");
    expect(goldClaimantName("Western officials via BBC")).toBe("Western officials");
    expect(goldClaimantName("Ukraina (UN Security Council meeting)")).toBe("Ukraina");
  });
});

describe("claimantAgrees", () => {
  it("resolves the gold name with the parser's lexicon and compares ids", () => {
    expect(claimantAgrees("NIS (via South Korean lawmakers)", by(claimantOf("nis")), [])).toEqual({ agree: true, how: "lexicon", expected: "nis" });
    expect(claimantAgrees("Zelensky (to The Associated Press)", by(claimantOf("zelensky", "person")), [])).toMatchObject({ agree: true, how: "lexicon" });
    expect(claimantAgrees("Amerika Serikat", by(claimantOf("united-states", "state")), [])).toMatchObject({ agree: true, how: "lexicon" });
  });

  it("does not take the channel for the claimant", () => {
    expect(claimantAgrees("NIS (via lawmaker Lee Seong Kweun)", by(claimantOf("lee", "person")), [])).toMatchObject({ agree: false, how: "lexicon", expected: "nis" });
  });

  it("accepts the gold actor among the claim's further claimants", () => {
    const claim = makeClaim("k1", claimantOf("ukraine", "state"), [claimantOf("united-states", "state")]);
    expect(claimantAgrees("Amerika Serikat", by(claimantOf("ukraine", "state"), "k1"), [claim]).agree).toBe(true);
  });

  it("lets 'unattributed' agree with the outlet's own voice or no claimant, and nothing else", () => {
    expect(claimantAgrees("unattributed", by(), [])).toEqual({ agree: true, how: "unattributed", expected: "unattributed" });
    expect(claimantAgrees("unattributed", by(claimantOf("unknown", "group", "Tidak diketahui")), []).agree).toBe(true);
    expect(claimantAgrees("unattributed", by(claimantOf("gur")), []).agree).toBe(false);
  });

  it("does not let a named gold actor agree with the outlet's own voice", () => {
    expect(claimantAgrees("Zelensky", by(), []).agree).toBe(false);
  });

  it("compares names when the lexicon does not know the gold actor", () => {
    const rbc = claimantOf("media-ukraina-rbc-ukraine", "outlet", "Media Ukraina RBC Ukraine");
    expect(claimantAgrees("RBC Ukraine (citing Global Defence Corp)", by(rbc), [])).toEqual({ agree: true, how: "name", expected: "RBC Ukraine" });
    const gur = claimantOf("gur", "agency", "GUR", "intelijen militer Ukraina");
    expect(claimantAgrees("Ukrainian military intelligence", by(gur), []).agree).toBe(true);
  });

  it("keeps a name comparison strict: half the words are not enough", () => {
    const nis = claimantOf("nis", "agency", "NIS", "Intelijen Korea Selatan");
    expect(claimantAgrees("South Korean and Western intelligence", by(nis), [])).toMatchObject({ agree: false, how: "name" });
    expect(claimantAgrees("RBC Ukraine", by(claimantOf("media", "outlet", "Media")), []).agree).toBe(false);
  });
});
