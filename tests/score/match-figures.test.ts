import { describe, expect, it } from "vitest";
import type { GoldFigure } from "../../src/score/gold-schema.ts";
import { matchFigures, valueMatches } from "../../src/score/match-figures.ts";
import { makeFigure } from "./fixtures/make-figure.ts";

const gold = (min: number, max: number, what: GoldFigure["what"], quote = `${min} tentara`): GoldFigure => ({ min, max, what, attributed_to: "NIS", quote });

describe("valueMatches", () => {
  it("matches equal bounds", () => {
    expect(valueMatches({ min: 2000, max: 3000 }, { min: 2000, max: 3000 })).toBe(true);
    expect(valueMatches({ min: 2000, max: 3000 }, { min: 2000, max: 2000 })).toBe(false);
  });

  it("reads the gold's 'lebih dari N' (min = max = N) as the entry's open 'N or more'", () => {
    expect(valueMatches({ min: 10000, max: 10000 }, { min: 10000, max: null })).toBe(true);
  });

  it("does not read an upper bound as the value, nor an open range as a closed gold range", () => {
    expect(valueMatches({ min: 10000, max: 10000 }, { min: null, max: 10000 })).toBe(false);
    expect(valueMatches({ min: 2000, max: 3000 }, { min: 2000, max: null })).toBe(false);
  });
});

describe("matchFigures", () => {
  it("pairs each gold figure with one entry figure of its value, preferring its category", () => {
    const other = makeFigure({ min: 300, max: 300, category: "other" });
    const killed = makeFigure({ min: 300, max: 300, category: "killed" });
    const { pairs } = matchFigures([gold(300, 300, "killed")], [other, killed]);
    expect(pairs[0]!.got).toBe(killed);
  });

  it("prefers the figure from the gold's own words when a value comes twice", () => {
    const first = makeFigure({ min: 3000, max: 3000, category: "deployed", quote: "3.000 tentara dikirim pekan lalu" });
    const second = makeFigure({ min: 3000, max: 3000, category: "deployed", quote: "korban melampaui 3.000 orang" });
    const { pairs } = matchFigures([gold(3000, 3000, "deployed", "korban di antara pasukan Korea Utara telah melampaui 3.000 orang")], [first, second]);
    expect(pairs[0]!.got).toBe(second);
  });

  it("pairs two gold figures of one value with two entry figures, never one twice", () => {
    const a = makeFigure({ min: 500, max: 500, category: "killed" });
    const { pairs } = matchFigures([gold(500, 500, "killed"), gold(500, 500, "other", "500 tentara Rusia")], [a]);
    expect(pairs.map((p) => p.got)).toEqual([a, null]);
  });

  it("keeps a pair of the right value but the wrong category, for recall by value", () => {
    const { pairs } = matchFigures([gold(2700, 2700, "wounded")], [makeFigure({ min: 2700, max: 2700, category: "other" })]);
    expect(pairs[0]!.got?.category).toBe("other");
  });

  it("counts every repeat of a gold figure as found, not as a false one", () => {
    const figures = [1, 2, 3].map(() => makeFigure({ min: 3000, max: 3000, category: "additional_deployed" }));
    const { troops } = matchFigures([gold(3000, 3000, "additional_deployed")], figures);
    expect(troops.map((t) => [t.byValue, t.byCategory])).toEqual([[true, true], [true, true], [true, true]]);
  });

  it("counts a troop figure the gold holds as 'other' as false, and says so", () => {
    const { troops } = matchFigures([gold(18, 18, "other", "18 tentara Rusia")], [makeFigure({ min: 18, max: 18, category: "killed" })]);
    expect(troops[0]).toMatchObject({ byValue: false, byCategory: false, goldCategories: ["other"] });
  });

  it("counts a troop figure of a gold troop value but another category as right by value only", () => {
    const { troops } = matchFigures([gold(6000, 6000, "additional_deployed")], [makeFigure({ min: 6000, max: 6000, category: "deployed" })]);
    expect(troops[0]).toMatchObject({ byValue: true, byCategory: false, goldCategories: ["additional_deployed"] });
  });

  it("judges only troop figures for precision", () => {
    const { troops } = matchFigures([], [makeFigure({ min: 80000, max: 80000, category: "other" }), makeFigure({ min: 10, max: 99, category: "killed" })]);
    expect(troops.map((t) => t.figure.min)).toEqual([10]);
  });

  it("leaves a vague magnitude out of precision: the gold records only counts with a number", () => {
    const vague = makeFigure({ min: 1000, max: 9999, category: "deployed", quote: "ribuan tentara", vague: true });
    const counted = makeFigure({ min: 1500, max: 1500, category: "deployed" });
    const { troops, vague: left } = matchFigures([gold(1500, 1500, "deployed")], [vague, counted]);
    expect(troops.map((t) => t.figure)).toEqual([counted]);
    expect(left).toEqual([vague]);
  });
});
