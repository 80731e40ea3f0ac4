import { describe, expect, it } from "vitest";
import { dateFromTextLine } from "../../../src/extract/published/date-from-text-line.ts";

describe("dateFromTextLine", () => {
  it("reads the date and time of a byline with an English month ('27 February 2025 16:59')", () => {
    expect(dateFromTextLine({ text: "Riza Aslam Khaeron • 27 February 2025 16:59", line: 7, rule: "byline-dot-date" })).toEqual({
      date: "2025-02-27T16:59",
      precision: "minute",
      start: "2025-02-27",
      end: "2025-02-27",
      basis: "byline",
      estimated: false,
      text: "27 February 2025 16:59",
      reason: "line 7: Riza Aslam Khaeron • 27 February 2025 16:59",
    });
  });

  it("reads a date line with its weekday and time zone ('Senin, 27 Jan 2025 07:43 WIB') as a date line", () => {
    expect(dateFromTextLine({ text: "  Senin, 27 Jan 2025 07:43 WIB  ", line: 2, rule: "date-line" })).toEqual({
      date: "2025-01-27T07:43",
      precision: "minute",
      start: "2025-01-27",
      end: "2025-01-27",
      basis: "date-line",
      estimated: false,
      text: "Senin, 27 Jan 2025 07:43 WIB",
      reason: "line 2: Senin, 27 Jan 2025 07:43 WIB",
    });
  });

  it("reads a day without a time at day precision", () => {
    expect(dateFromTextLine({ text: "Jakarta, 5 Februari 2025", line: 1, rule: "date-line" })).toMatchObject({ date: "2025-02-05", precision: "day", basis: "date-line" });
  });

  it("takes the first full date of the line", () => {
    expect(dateFromTextLine({ text: "Diperbarui 28 Februari 2025, terbit 27 Februari 2025", line: 4, rule: "date-line" })).toMatchObject({ date: "2025-02-28", text: "28 Februari 2025" });
  });

  it("passes over a date without a year, or counted from another day, for a full one after it", () => {
    expect(dateFromTextLine({ text: "Kemarin, Rabu (5/2); terbit 6 Februari 2025", line: 4, rule: "date-line" })).toMatchObject({ date: "2025-02-06" });
  });

  it("gives nothing for a line without a full date", () => {
    expect(dateFromTextLine({ text: "Riza Aslam Khaeron • Kamis (27/2)", line: 7, rule: "byline-dot-date" })).toBeNull();
    expect(dateFromTextLine({ text: "Diperbarui kemarin", line: 3, rule: "date-line" })).toBeNull();
    expect(dateFromTextLine({ text: "Riza Aslam Khaeron", line: 7, rule: "byline" })).toBeNull();
  });
});
