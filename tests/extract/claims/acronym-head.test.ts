import { describe, expect, it } from "vitest";
import { acronymHead } from "../../../src/extract/claims/acronym-head.ts";
import { resolvePhrase } from "../../../src/extract/claims/resolve-phrase.ts";
import { scanAliases } from "../../../src/extract/claims/scan-aliases.ts";

const head = (phrase: string) => acronymHead(phrase, 0, scanAliases(phrase));
const ids = (phrase: string) => {
  const r = resolvePhrase(phrase);
  return r.type === "claimants" ? r.claimants.map((c) => `${c.id}${c.known ? "" : "?"}`) : r.type;
};

describe("acronymHead", () => {
  it("puts a known acronym in parentheses in place of the written-out name before it", () => {
    expect(head("Biro Intelijen Negara (NIS) Korea Selatan")).toBe("NIS Korea Selatan");
    expect(head("Dinas Intelijen Pertahanan (GUR)")).toBe("GUR");
  });

  it("leaves a phrase alone when a known name comes first, the parentheses hold no known name, or the head is not a name", () => {
    expect(head("Korea Selatan (NIS)")).toBeNull();
    expect(head("Biro Statistik (BPSX)")).toBeNull();
    expect(head("seorang pejabat (NIS)")).toBeNull();
  });
});

describe("resolvePhrase with a known acronym after a written-out name", () => {
  it("resolves the name however it is written out, keeping a list after it", () => {
    expect(ids("Biro Intelijen Negara (NIS) Korea Selatan")).toEqual(["nis"]);
    expect(ids("Dinas Intelijen Pertahanan (GUR)")).toEqual(["gur"]);
    expect(ids("Biro Intelijen Negara (NIS) dan Pentagon")).toEqual(["nis", "pentagon"]);
  });

  it("keeps the words as written in the claimant's text", () => {
    const r = resolvePhrase("Dinas Intelijen Pertahanan (GUR)");
    expect(r.type === "claimants" ? r.claimants[0]?.text : null).toBe("Dinas Intelijen Pertahanan");
  });
});
