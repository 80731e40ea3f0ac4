import { describe, expect, it } from "vitest";
import { creditTwins } from "../../../src/extract/figures/credit-twins.ts";
import type { Claimant } from "../../../src/schema/entry.ts";

const outlet: Claimant = { id: "outlet", name: "Redaksi", text: "", kind: "self", known: false };
const nis: Claimant = { id: "nis", name: "NIS", text: "NIS", kind: "agency", known: true };

const figure = (category: string, min: number | null, max: number | null, claimant: Claimant, sentence: number | null, vague = false) => ({
  category,
  min,
  max,
  vague,
  claimant,
  reason: "test",
  sentence,
});

describe("creditTwins", () => {
  it("credits an unattributed figure to the same figure attributed further down", () => {
    const [lead] = creditTwins([figure("killed", 700, 700, outlet, 0), figure("killed", 700, 700, nis, 5)]);
    expect(lead!.claimant.id).toBe("nis");
    expect(lead!.reason).toContain("sentence 6");
  });

  it("credits the headline's figure too", () => {
    const [headline] = creditTwins([figure("additional_deployed", 7000, 7000, outlet, null), figure("additional_deployed", 7000, 7000, nis, 2)]);
    expect(headline!.claimant.id).toBe("nis");
  });

  it("takes the same number with another bound for the same figure ('100 tentara' and 'lebih dari 100 tentara')", () => {
    const [lead] = creditTwins([figure("killed", 140, 140, outlet, 0), figure("killed", 140, null, nis, 1)]);
    expect(lead!.claimant.id).toBe("nis");
  });

  it("credits no figure of another category or value, and no vague magnitude", () => {
    const out = creditTwins([
      figure("wounded", 700, 700, outlet, 0),
      figure("killed", 710, 710, outlet, 1),
      figure("killed", 100, 999, outlet, 2, true),
      figure("killed", 700, 700, nis, 3),
      figure("killed", 100, 999, nis, 4, true),
    ]);
    expect(out.slice(0, 3).map((f) => f.claimant.id)).toEqual(["outlet", "outlet", "outlet"]);
  });

  it("credits a killed or wounded figure to the same number attributed as casualties, and the reverse", () => {
    const [headline] = creditTwins([figure("killed", null, 3100, outlet, null), figure("casualties", null, 3100, nis, 1)]);
    expect(headline!.claimant.id).toBe("nis");
    const [lead] = creditTwins([figure("casualties", 850, 850, outlet, 0), figure("wounded", 850, 850, nis, 3)]);
    expect(lead!.claimant.id).toBe("nis");
  });
});
