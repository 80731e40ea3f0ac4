import { describe, expect, it } from "vitest";
import { estimateFromAge } from "../../../src/extract/published/relative-stamp.ts";

const stamp = (text: string) => ({ text, line: 4, rule: "date-line-relative" });

describe("estimateFromAge", () => {
  it("counts days back from the date the page was shown", () =>
    expect(estimateFromAge(stamp("3 hari yang lalu"), "2025-12-22")).toMatchObject({ date: "2025-12-19", precision: "day", start: "2025-12-19", end: "2025-12-19", estimated: true, basis: "estimate" }));

  it("puts hours ago on that day or the day before", () =>
    expect(estimateFromAge(stamp("2 jam lalu"), "2025-12-22")).toMatchObject({ date: "2025-12-22", start: "2025-12-21", end: "2025-12-22" }));

  it("puts months and years ago in their month or year", () => {
    expect(estimateFromAge(stamp("2 bulan lalu"), "2025-01-15")).toMatchObject({ date: "2024-11", precision: "month", start: "2024-11-01", end: "2024-11-30" });
    expect(estimateFromAge(stamp("1 tahun ago"), "2025-12-22")).toMatchObject({ date: "2024", precision: "year" });
  });

  it("gives nothing for words without a count", () => expect(estimateFromAge(stamp("baru saja"), "2025-12-22")).toBeNull());
});
