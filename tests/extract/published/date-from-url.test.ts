import { describe, expect, it } from "vitest";
import { dateFromUrl } from "../../../src/extract/published/date-from-url.ts";

describe("dateFromUrl", () => {
  it("reads the date and time of a Kompas /read/2024/03/27/06161181/ address", () => {
    // The article number starts with the hour and minute: 06:16.
    const url = "https://nasional.kompas.com/read/2024/03/27/06161181/judul-berita";
    expect(dateFromUrl(url)).toEqual({
      date: "2024-03-27T06:16",
      precision: "minute",
      start: "2024-03-27",
      end: "2024-03-27",
      basis: "url",
      estimated: false,
      text: url,
      reason: "URL pattern kompas-read",
    });
  });

  it("reads the date and time of a CNN Indonesia address (20250916212641: 16 September 2025, 21:26)", () => {
    expect(dateFromUrl("https://www.cnnindonesia.com/internasional/20250916212641-106-1274442/korut-kirim-pasukan")).toMatchObject({
      date: "2025-09-16T21:26",
      precision: "minute",
      reason: "URL pattern cnnindonesia-id",
    });
  });

  it("reads the day of a /2024/12/10/ path, at the end of the address too", () => {
    expect(dateFromUrl("https://www.tribunnews.com/internasional/2024/12/10/tentara-korut-tewas")).toMatchObject({ date: "2024-12-10", precision: "day", start: "2024-12-10", end: "2024-12-10", reason: "URL pattern path-date" });
    expect(dateFromUrl("https://example.com/arsip/2025/01/31")).toMatchObject({ date: "2025-01-31", precision: "day" });
  });

  it("ignores the case of the address", () => {
    expect(dateFromUrl("HTTPS://NASIONAL.KOMPAS.COM/READ/2024/03/27/06161181/JUDUL")).toMatchObject({ date: "2024-03-27T06:16" });
  });

  it("reads the day alone when the time is impossible (hour 25)", () => {
    expect(dateFromUrl("https://nasional.kompas.com/read/2024/03/27/25161181/judul")).toMatchObject({ date: "2024-03-27", precision: "day", reason: "URL pattern path-date" });
  });

  it("gives nothing for a day that does not exist, an address without a date, or no address", () => {
    expect(dateFromUrl("https://www.tribunnews.com/internasional/2025/02/30/judul")).toBeNull();
    expect(dateFromUrl("https://www.bbc.com/indonesia/articles/c0k1y2z3")).toBeNull();
    // A year and month only is not a date of publication.
    expect(dateFromUrl("https://example.com/2025/02/judul")).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
    expect(dateFromUrl(undefined)).toBeNull();
    expect(dateFromUrl("")).toBeNull();
  });
});
