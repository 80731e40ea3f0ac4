import { describe, expect, it } from "vitest";
import { addDays, daysInMonth, isoDay, parseIsoDay, weekdayOf } from "../../../src/extract/dates/calendar.ts";

describe("calendar", () => {
  it("knows February has 29 days in 2024 and 28 in 2025", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
  });

  it("knows 27 February 2025 is a Thursday (4)", () => {
    expect(weekdayOf({ year: 2025, month: 2, day: 27 })).toBe(4);
  });

  it("adds days across a month and a leap day", () => {
    expect(isoDay(addDays({ year: 2024, month: 2, day: 28 }, 1))).toBe("2024-02-29");
    expect(isoDay(addDays({ year: 2025, month: 3, day: 1 }, -1))).toBe("2025-02-28");
  });

  it("reads only real YYYY-MM-DD days", () => {
    expect(parseIsoDay("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDay("2025-02-29")).toBeNull();
    expect(parseIsoDay("2025-2-5")).toBeNull();
    expect(parseIsoDay(undefined)).toBeNull();
  });
});
