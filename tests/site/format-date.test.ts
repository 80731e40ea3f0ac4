import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/site/format-date.ts";

describe("formatDate", () => {
  it("writes a day in Indonesian", () => expect(formatDate("2025-02-05", "day")).toBe("5 Februari 2025"));
  it("writes a minute with the Indonesian time separator", () =>
    expect(formatDate("2025-02-27T16:59", "minute")).toBe("27 Februari 2025, 16.59"));
  it("writes a month alone", () => expect(formatDate("2024-08", "month")).toBe("Agustus 2024"));
  it("writes part of a month", () => expect(formatDate("2025-01", "mid-month")).toBe("pertengahan Januari 2025"));
  it("writes part of a year", () => expect(formatDate("2024", "late-year")).toBe("akhir 2024"));
  it("marks an estimate", () => expect(formatDate("2025-02", "late-month", true)).toBe("perkiraan: akhir Februari 2025"));
  it("writes a month range within a year once", () =>
    expect(formatDate("2025-01/2025-02", "month-range")).toBe("Januari–Februari 2025"));
  it("writes a week within one month compactly", () =>
    expect(formatDate("2025-02-17/2025-02-23", "week")).toBe("pekan 17–23 Februari 2025"));
  it("writes a range across years in full", () =>
    expect(formatDate("2024-12/2025-01", "month-range")).toBe("Desember 2024–Januari 2025"));
});
