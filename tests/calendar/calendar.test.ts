import { describe, expect, it } from "vitest";
import { addDays, addDaysIso, addYearsIso, daysInMonth, inJakartaTime, isoDay, lastDayOfMonth, parseIsoDay, weekdayOf, weekdayOfIso } from "../../src/calendar/calendar.ts";

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

describe("addDaysIso", () => {
  it("crosses a month's end", () => {
    expect(addDaysIso("2025-02-27", 6)).toBe("2025-03-05");
    expect(addDaysIso("2025-03-01", -1)).toBe("2025-02-28");
  });
});

describe("weekdayOfIso", () => {
  it("knows 27 February 2025 was a Thursday", () => {
    expect(weekdayOfIso("2025-02-27")).toBe(4);
  });
});

describe("lastDayOfMonth", () => {
  it("knows the leap years", () => {
    expect(["2024-02", "2025-02", "1900-02", "2000-02", "2025-12"].map(lastDayOfMonth)).toEqual(["2024-02-29", "2025-02-28", "1900-02-28", "2000-02-29", "2025-12-31"]);
  });
});

describe("addYearsIso", () => {
  it("keeps the day, and makes 29 February the 28th in a common year", () => {
    expect(addYearsIso("2025-03-05", 1)).toBe("2026-03-05");
    expect(addYearsIso("2024-02-29", 1)).toBe("2025-02-28");
  });
});

describe("inJakartaTime", () => {
  it("moves a time with a zone to Western Indonesian Time", () => {
    expect(inJakartaTime("2025-02-27T16:59Z")).toBe("2025-02-27T23:59");
    expect(inJakartaTime("2025-02-27T18:59+08:00")).toBe("2025-02-27T17:59");
    expect(inJakartaTime("2025-02-27 20:00:00+0000")).toBe("2025-02-28T03:00");
    expect(inJakartaTime("2025-02-27T16:59+07:00")).toBe("2025-02-27T16:59");
  });

  it("leaves a value without a zone as written", () => {
    expect(["2025-02-27T16:59", "2025-02-27 16:59", "2025-02-27", "2025-02", "2025"].map(inJakartaTime)).toEqual(["2025-02-27T16:59", "2025-02-27 16:59", "2025-02-27", "2025-02", "2025"]);
  });
});
