import { describe, expect, it } from "vitest";
import { datesOthers } from "../../../src/extract/published/context-entry.ts";
import type { Published } from "../../../src/schema/entry.ts";

const day: Published = { date: "2025-02-27", precision: "day", basis: "byline", estimated: false, text: null, reason: "test", start: "2025-02-27", end: "2025-02-27" };

describe("datesOthers", () => {
  it("lets a date the article states date others", () => expect(datesOthers(day)).toBe(true));

  it("lets the day of writing its own weekday dates give date others: the news's day, at most a day off", () => {
    for (const basis of ["statement", "dateline-sentence", "citation"] as const) expect(datesOthers({ ...day, basis, estimated: true, end: "2025-02-28" })).toBe(true);
  });

  it("does not let an estimate from other articles, from the newest date named or coarser than a day date others", () => {
    expect(datesOthers({ ...day, basis: "context", estimated: true })).toBe(false);
    expect(datesOthers({ ...day, basis: "estimate", estimated: true })).toBe(false);
    expect(datesOthers({ ...day, basis: "statement", estimated: true, precision: "month", date: "2025-02" })).toBe(false);
  });
});
