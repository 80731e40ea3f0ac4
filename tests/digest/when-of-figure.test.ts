import { describe, expect, it } from "vitest";
import { whenOfFigure } from "../../src/digest/when-of-figure.ts";
import type { Mention, Published } from "../../src/schema/entry.ts";
import { NIS, entry, mention } from "./helpers/entry.ts";

const SENTENCE = "Pada Januari, NIS memperkirakan bahwa sekitar 300 tentara Korea Utara telah tewas.";
/** "Pada Januari" in an article of 2025: the year is inferred from the article's date. */
const january = mention({ text: "Januari", iso: "2025-01", precision: "month", start: "2025-01-01", end: "2025-01-31", sentence: 0, inferred: true });
/** "Selasa (4/2/2025)": written out in full. */
const tuesday = mention({ text: "Selasa (4/2/2025)", iso: "2025-02-04", precision: "day", start: "2025-02-04", end: "2025-02-04", sentence: 0, weekday: true });
const minute = { start: "2025-02-27", date: "2025-02-27T16:59", precision: "minute", basis: "byline" } as const;

function withFigure(figure: { refersTo?: Mention | null; claim?: number | null }, published: (Partial<Published> & { start: string }) | null = minute, stated: Mention | null = tuesday) {
  const e = entry({
    id: "a",
    published,
    sentences: [SENTENCE],
    claims: [{ sentence: 0, claimant: NIS, stated }],
    figures: [{ text: "sekitar 300", min: 300, max: 300, category: "killed", claimant: NIS, sentence: 0, claim: 0, ...figure }],
  });
  return whenOfFigure(e, e.figures[0]!);
}

describe("whenOfFigure", () => {
  it("holds a figure for the time it refers to ('Pada Januari'), before the date its claim was made", () => {
    expect(withFigure({ refersTo: january })).toEqual({ iso: "2025-01", precision: "month", start: "2025-01-01", end: "2025-01-31", basis: "refers-to", estimated: false });
  });

  it("holds a figure that refers to no time for the date its claim was stated ('Selasa (4/2/2025)')", () => {
    expect(withFigure({ refersTo: null })).toEqual({ iso: "2025-02-04", precision: "day", start: "2025-02-04", end: "2025-02-04", basis: "stated", estimated: false });
  });

  it("holds a figure of an undated claim for the article's own date, at its precision", () => {
    expect(withFigure({ refersTo: null }, minute, null)).toEqual({ iso: "2025-02-27T16:59", precision: "minute", start: "2025-02-27", end: "2025-02-27", basis: "published", estimated: false });
  });

  it("holds a figure of an undated article for its own dates only, and for no time when it has none", () => {
    expect(withFigure({ refersTo: january }, null)).toMatchObject({ iso: "2025-01", basis: "refers-to", estimated: false });
    expect(withFigure({ refersTo: null }, null)).toMatchObject({ iso: "2025-02-04", basis: "stated" });
    expect(withFigure({ refersTo: null }, null, null)).toBeNull();
  });

  it("holds a figure of no claim for the article's own date", () => {
    expect(withFigure({ refersTo: null, claim: null })).toMatchObject({ iso: "2025-02-27T16:59", basis: "published" });
  });

  it("marks the time estimated when its year was inferred from an estimated publication date", () => {
    const estimated = { start: "2025-02-27", end: "2025-03-05", date: "2025-02-27/2025-03-05", precision: "week" as const, basis: "context" as const, estimated: true };
    expect(withFigure({ refersTo: january }, estimated)).toEqual({ iso: "2025-01", precision: "month", start: "2025-01-01", end: "2025-01-31", basis: "refers-to", estimated: true });
    // "Selasa (4/2/2025)" writes its year: the estimate of the article does not touch it.
    expect(withFigure({ refersTo: null }, estimated)).toMatchObject({ iso: "2025-02-04", basis: "stated", estimated: false });
    // With neither, the figure holds for the estimate itself.
    expect(withFigure({ refersTo: null }, estimated, null)).toEqual({ iso: "2025-02-27/2025-03-05", precision: "week", start: "2025-02-27", end: "2025-03-05", basis: "published", estimated: true });
  });
});
