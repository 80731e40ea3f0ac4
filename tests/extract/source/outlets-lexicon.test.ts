import { describe, expect, it } from "vitest";
import { findDateline } from "../../../src/extract/source/find-dateline.ts";
import { findOutletMention, loadOutlets } from "../../../src/extract/source/outlets-lexicon.ts";

const { outlets } = loadOutlets();

describe("outlets lexicon", () => {
  it("gives every outlet a unique name", () => {
    const names = outlets.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const outlet of outlets) {
    for (const ex of outlet.examples) {
      it(`reads ${outlet.name} with place ${String(ex.place)} from ${JSON.stringify(ex.text.slice(0, 40))}`, () => {
        const d = findDateline([{ text: ex.text, line: 1 }]);
        expect(d?.outlet).toBe(outlet.name);
        expect(d?.place).toBe(ex.place);
        if (ex.dateline !== undefined) expect(d?.text).toBe(ex.dateline);
      });
    }
  }
});

describe("findOutletMention", () => {
  it("finds an outlet by a footer marker", () => {
    expect(findOutletMention("Google News Metrotvnews.com")?.outlet.name).toBe("Metrotvnews.com");
  });
  it("finds an outlet by a host inside a longer domain", () => {
    expect(findOutletMention("Info lebih lengkap klik : osc.medcom.id")?.outlet.name).toBe("Metrotvnews.com");
  });
  it("finds detikcom from a byline channel name", () => {
    expect(findOutletMention("Kurniawan Fadilah - detikNews")?.outlet.name).toBe("detikcom");
  });
  it("finds Antara in a copyright line", () => {
    expect(findOutletMention("Copyright © ANTARA 2025")?.outlet.name).toBe("Antara");
  });
  it("finds nothing in a line that names no outlet", () => {
    expect(findOutletMention("Tinggalkan komentar")).toBeNull();
  });
});

describe("an outlet listed once in outlets.yaml", () => {
  it("is a known medium when credited, and a claimant with its id when it speaks", async () => {
    const { loadCredits, mediaKey } = await import("../../../src/extract/source/credits-lexicon.ts");
    const { normaliseClaimant } = await import("../../../src/extract/claims/normalise-claimant.ts");
    expect(loadCredits().known.get(mediaKey("Channel News Asia"))).toBe("CNA");
    expect(normaliseClaimant("kantor berita Yonhap")).toMatchObject({ id: "yonhap", kind: "outlet", known: true });
    expect(normaliseClaimant("Liputan6.com")).toMatchObject({ id: "liputan6-com", kind: "outlet", known: true });
  });

  it("is a claimant by a capitalised alias only as written: 'antara' is a word, 'Antara' the agency", async () => {
    const { normaliseClaimant } = await import("../../../src/extract/claims/normalise-claimant.ts");
    expect(normaliseClaimant("Antara").known).toBe(true);
    expect(normaliseClaimant("antara").known).toBe(false);
    expect(normaliseClaimant("kantor berita antara").id).toBe("antara");
  });
});
