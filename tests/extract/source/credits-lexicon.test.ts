import { describe, expect, it } from "vitest";
import { loadCredits, mediaKey } from "../../../src/extract/source/credits-lexicon.ts";
import { findCredits } from "../../../src/extract/source/find-credits.ts";

const lex = loadCredits();

describe("credits lexicon", () => {
  for (const marker of lex.markers) {
    for (const ex of marker.examples) {
      it(`finds [${ex.names.join(", ")}] in ${JSON.stringify(ex.text.slice(0, 60))} (${marker.strength} marker)`, () => {
        expect(findCredits(ex.text).map((c) => c.name)).toEqual(ex.names);
      });
    }
  }
  it("compares media names without case, spaces and punctuation", () => {
    expect(mediaKey("Al-Jazeera")).toBe(mediaKey("Al Jazeera"));
    expect(lex.known.get(mediaKey("Aljazeera"))).toBe("Al Jazeera");
  });
  it("knows the outlets of the outlets lexicon by their aliases", () => {
    expect(lex.known.get(mediaKey("Antara News"))).toBe("Antara");
  });
});
