import { describe, expect, it } from "vitest";
import { cleanLines } from "../../../src/extract/clean/clean-lines.ts";
import { findCredits } from "../../../src/extract/source/find-credits.ts";
import { findSource } from "../../../src/extract/source/find-source.ts";
import { readSeeds } from "../clean/fixtures/seeds.ts";

/** seeds.json writes "Metrotvnews.com (Medcom)": the canonical name plus a note. */
const outletName = (ref: string | null) => (ref === null ? null : ref.replace(/\s*\(.*\)$/, ""));

/** Credits read from each seed (checked by hand against the text). */
const CREDITS: Record<string, string[]> = {
  "000_022d6d6978ebefb1.txt": ["CNA"],
  "001_0b65f12583cc828d.txt": ["Yonhap", "ABC News"],
  "002_a39da216cea299ce.txt": ["BBC", "BBC", "BBC"],
  "003_529e1a794209f8f6.txt": ["The Guardian"],
  "004_1f4d5a3d222f6a94.txt": [],
};

describe("findSource on the five seeds", () => {
  for (const seed of readSeeds()) {
    describe(seed.file, () => {
      const cleaned = cleanLines(seed.lines);
      const source = findSource(cleaned.kept, cleaned.removed);

      it(`names the outlet ${String(seed.ref.outlet)}`, () => {
        expect(source.outlet).toBe(outletName(seed.ref.outlet));
      });
      it(`finds the dateline place ${String(seed.ref.dateline_place)}`, () => {
        expect(source.datelinePlace).toBe(seed.ref.dateline_place);
      });
      it("finds the author and the editor of the reference", () => {
        expect([source.author, source.editor]).toEqual([seed.ref.author ?? null, seed.ref.editor ?? null]);
      });
      it("points datelineEnd at the first word of the body", () => {
        if (source.datelineEnd === null) return expect(source.dateline).toBeNull();
        const line = cleaned.kept.find((k) => k.line === source.datelineEnd!.line)!;
        expect(line.text.slice(source.datelineEnd.offset)).toMatch(/^\p{Lu}/u);
      });
      it("finds the media the text credits", () => {
        expect(cleaned.kept.flatMap((k) => findCredits(k.text)).map((c) => c.name)).toEqual(CREDITS[seed.file]);
      });
    });
  }

  it("gives seed 001's byline as its date line", () => {
    const seed = readSeeds()[1]!;
    const cleaned = cleanLines(seed.lines);
    expect(findSource(cleaned.kept, cleaned.removed).dateLine).toEqual({
      text: "Riza Aslam Khaeron • 27 February 2025 16:59",
      line: 7,
      rule: "byline-dot-date",
    });
  });
});
