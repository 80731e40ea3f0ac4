import { describe, expect, it } from "vitest";
import { classifyFigure } from "../../../src/extract/figures/classify-figure.ts";
import { findQuantities } from "../../../src/extract/figures/find-quantities.ts";

/** The category of every quantity of a sentence, keyed by its text. */
function categories(sentence: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const q of findQuantities(sentence)) out[q.text] = classifyFigure(sentence, q)?.category ?? null;
  return out;
}

describe("lists of losses", () => {
  it("reads 'ataupun' as a joiner of killed and wounded", () => {
    expect(categories("Kira-kira 70 tentara Korea Utara terluka ataupun terbunuh.")).toEqual({ "Kira-kira 70": "casualties" });
  });

  it("reads a list opened by 'baik' after the counted noun as what the count is, over the verb before", () => {
    expect(categories("Pyongyang kehilangan nyaris 2.600 prajurit, baik tewas maupun luka-luka, di front itu.")).toEqual({
      "nyaris 2.600": "casualties",
    });
    expect(categories("Moskow kehilangan 640 serdadu Korut, baik terluka maupun gugur.")).toEqual({ "640": "casualties" });
  });

  it("leaves the verb's category when the 'baik … maupun' list names no losses", () => {
    expect(categories("Pyongyang kehilangan 640 prajurit, baik di utara maupun di selatan.")).toEqual({ "640": "killed" });
  });
});
