import { describe, expect, it } from "vitest";
import { dateVocabulary } from "../../../src/extract/dates/date-vocabulary.ts";

describe("dateVocabulary", () => {
  const v = dateVocabulary();

  it("takes Indonesian and English month names from date-fns", () => {
    expect(v.months.get("januari")).toBe(1);
    expect(v.months.get("agt")).toBe(8);
    expect(v.months.get("december")).toBe(12);
    expect(v.months.get("may")).toBe(5);
  });

  it("adds the lexicon's old spellings and abbreviations", () => {
    expect(v.months.get("pebruari")).toBe(2);
    expect(v.months.get("nopember")).toBe(11);
    expect(v.months.get("agu")).toBe(8);
    expect(v.months.get("ags")).toBe(8);
    expect(v.weekdays.get("jum'at")).toBe(5);
  });

  it("lets full Indonesian names stand alone, but not abbreviations or English names", () => {
    expect(v.freeMonths.has("oktober")).toBe(true);
    expect(v.freeMonths.has("nopember")).toBe(true);
    expect(v.freeMonths.has("okt")).toBe(false);
    expect(v.freeMonths.has("march")).toBe(false);
  });
});
