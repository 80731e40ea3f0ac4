import { describe, expect, it } from "vitest";
import { outletClaimant, slug, unknownClaimant } from "../../../src/extract/claims/make-claimant.ts";

describe("slug", () => {
  it("lower-cases, folds accents and joins words with hyphens", () => {
    expect(slug("Kepala  Staf (JCS) Korea Selatan")).toBe("kepala-staf-jcs-korea-selatan");
    expect(slug("Zelénsky")).toBe("zelensky");
  });

  it("is at most 60 characters and never empty", () => {
    expect(slug("a ".repeat(100)).length).toBeLessThanOrEqual(60);
    expect(slug("—")).toBe("unknown");
  });
});

describe("unknownClaimant", () => {
  it("guesses the kind from the first word", () => {
    expect(unknownClaimant("Dinas Kesehatan").kind).toBe("agency");
    expect(unknownClaimant("warga sekitar").kind).toBe("group");
    expect(unknownClaimant("Dedi").kind).toBe("person");
  });
});

describe("outletClaimant", () => {
  it("speaks as the outlet, or as 'Redaksi' when it is unknown", () => {
    expect(outletClaimant("Liputan6.com")).toEqual({ id: "outlet", name: "Liputan6.com", text: "Liputan6.com", kind: "self", known: false });
    expect(outletClaimant(null).name).toBe("Redaksi");
  });
});
