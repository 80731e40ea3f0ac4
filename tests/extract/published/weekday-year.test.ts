import { describe, expect, it } from "vitest";
import { weekdayYear, weekdayYears } from "../../../src/extract/published/weekday-year.ts";

// Worked out by hand: Wednesday 18 April fell in 2012, 2018 and 2029; Tuesday 31 October in 2017,
// 2023 and 2028; Thursday 23 January in 2020 and 2025.
describe("weekdayYears", () => {
  it("lists the years in which a day and month fall on a weekday", () => {
    expect(weekdayYears(4, 18, 3).filter((y) => y >= 2010 && y <= 2030)).toEqual([2012, 2018, 2029]);
    expect(weekdayYears(1, 23, 4).filter((y) => y >= 2019 && y <= 2026)).toEqual([2020, 2025]);
  });

  it("finds 29 February only in leap years", () => {
    expect(weekdayYears(2, 29, 4).filter((y) => y >= 2000 && y <= 2030)).toEqual([2024]);
  });
});

describe("weekdayYear", () => {
  it("takes the first fitting year on or after the text's newest own date ('tahun anggaran 2016' before 'Rabu (18/4)')", () => {
    expect(weekdayYear(4, 18, 3, { after: "2016-01-01" })).toMatchObject({ day: "2018-04-18", why: expect.stringMatching(/2018, the first such year from the text's newest date \(2016-01-01\)/u) });
  });

  it("takes the last fitting year up to a day of reference and its slack when the text has no own date", () => {
    const before = { day: "2026-02-10", slackDays: 183, what: "some months after the newest dated article" };
    expect(weekdayYear(10, 31, 2, { before })).toMatchObject({ day: "2023-10-31" });
    // 8 January 2026, a Thursday, is within the slack after a newest report of 14 December 2025.
    expect(weekdayYear(1, 8, 4, { before: { day: "2025-12-14", slackDays: 183, what: "x" } })).toMatchObject({ day: "2026-01-08" });
    expect(weekdayYear(1, 8, 4, { before: { day: "2025-12-14", slackDays: 0, what: "x" } })).toMatchObject({ day: "2015-01-08" });
  });

  it("prefers the text's own dates to the day of reference", () => {
    expect(weekdayYear(4, 18, 3, { after: "2016-01-01", before: { day: "2030-01-01", slackDays: 0, what: "x" } })).toMatchObject({ day: "2018-04-18" });
  });

  it("gives nothing without evidence", () => {
    expect(weekdayYear(4, 18, 3, {})).toBeNull();
  });
});
