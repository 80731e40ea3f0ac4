import { describe, expect, it } from "vitest";
import { spanOfIso } from "../../../src/extract/dates/date-spans.ts";

describe("spanOfIso", () => {
  it("spans a year from 1 January to 31 December", () => {
    expect(spanOfIso("2025")).toEqual({ date: "2025", precision: "year", start: "2025-01-01", end: "2025-12-31" });
  });

  it("spans a month to its last day, 29 February in a leap year", () => {
    expect(spanOfIso("2025-02")).toEqual({ date: "2025-02", precision: "month", start: "2025-02-01", end: "2025-02-28" });
    expect(spanOfIso("2024-02")).toEqual({ date: "2024-02", precision: "month", start: "2024-02-01", end: "2024-02-29" });
    expect(spanOfIso("2024-12")).toEqual({ date: "2024-12", precision: "month", start: "2024-12-01", end: "2024-12-31" });
    expect(spanOfIso("2025-04")).toMatchObject({ end: "2025-04-30" });
  });

  it("spans a day as itself", () => {
    expect(spanOfIso("2025-02-05")).toEqual({ date: "2025-02-05", precision: "day", start: "2025-02-05", end: "2025-02-05" });
  });

  it("keeps the minute of a time written with a space or a 'T', and drops the seconds", () => {
    const minute = { date: "2025-02-27T16:59", precision: "minute", start: "2025-02-27", end: "2025-02-27" };
    expect(spanOfIso("2025-02-27 16:59")).toEqual(minute);
    expect(spanOfIso("2025-02-27T16:59")).toEqual(minute);
    expect(spanOfIso("2025-02-27T16:59:30")).toEqual(minute);
  });
});
