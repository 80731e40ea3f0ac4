import { describe, expect, it } from "vitest";
import { classifyFigure } from "../../../src/extract/figures/classify-figure.ts";
import { findQuantities } from "../../../src/extract/figures/find-quantities.ts";
import { readSeedArticles, type ReferenceFigure } from "./fixtures/seeds.ts";

interface Found {
  sentence: string;
  text: string;
  min: number | null;
  max: number | null;
  bound: string | null;
  vague: boolean;
  category: string | null;
}

const articles = readSeedArticles();

function figuresOf(sentences: string[]): Found[] {
  return sentences.flatMap((sentence, i) => {
    const quantities = findQuantities(sentence);
    return quantities.map((q) => ({
      sentence,
      text: q.text,
      min: q.min,
      max: q.max,
      bound: q.bound,
      vague: q.vague,
      // The first line of a seed may be its headline.
      category: classifyFigure(sentence, q, { title: i === 0, quantities })?.category ?? null,
    }));
  });
}

const matches = (f: Found, r: ReferenceFigure) => f.min === r.min && f.max === r.max;

describe("figures of the five seeds against seeds.json", () => {
  it("reads five seed articles with figures to check", () => {
    expect(articles).toHaveLength(5);
    expect(articles.flatMap((a) => a.figures).length).toBeGreaterThanOrEqual(20);
  });

  for (const article of articles) {
    describe(article.file, () => {
      const found = figuresOf(article.sentences);

      for (const ref of article.figures) {
        const label = `${ref.what} ${ref.min}–${ref.max ?? "∞"} ("${ref.quote}")`;
        if (ref.what === "other") {
          it(`finds ${label} and does not count it as North Korean troops`, () => {
            // Another count may have the same value ("sekitar 30" tentara), so
            // the sentence must hold the quote.
            const same = found.filter((f) => matches(f, ref) && f.sentence.includes(ref.quote));
            expect(same.length).toBeGreaterThan(0);
            for (const f of same) expect([null, "other"]).toContain(f.category);
          });
        } else {
          it(`finds ${label} with its bound`, () => {
            const hit = found.find((f) => matches(f, ref) && f.category === ref.what);
            expect(hit, JSON.stringify(found.filter((f) => matches(f, ref)))).toBeDefined();
            if (ref.bound !== undefined) expect(hit?.bound?.toLowerCase()).toBe(ref.bound);
            expect(hit?.vague).toBe(ref.vague === true);
          });
        }
      }

      it("classifies no other number as a North Korean troop category", () => {
        const troops = found.filter((f) => f.category !== null && f.category !== "other");
        const stray = troops.filter((f) => !article.figures.some((r) => r.what === f.category && matches(f, r)));
        expect(stray).toEqual([]);
      });
    });
  }
});
