import { describe, expect, it } from "vitest";
import { classifyPublished } from "../../src/score/classify-published.ts";

const day = (date: string, estimated = false) => ({ date, precision: "day" as const, estimated, start: date.slice(0, 10), end: date.slice(0, 10) });

describe("classifyPublished", () => {
  it("counts the gold day as exact, whatever the time of day", () => {
    const v = classifyPublished({ ...day("2025-01-13"), date: "2025-01-13T10:50", precision: "minute" }, "2025-01-13");
    expect(v).toEqual({ day: "2025-01-13", exact: true, withinDay: true, estimateHolds: false, confidentlyWrong: false });
  });

  it("counts a stated date a day off as within a day and confidently wrong", () => {
    const v = classifyPublished(day("2025-02-05"), "2025-02-06");
    expect(v).toMatchObject({ exact: false, withinDay: true, confidentlyWrong: true });
  });

  it("counts the day after the gold day as within a day, and two days off as not", () => {
    expect(classifyPublished(day("2025-02-07"), "2025-02-06").withinDay).toBe(true);
    expect(classifyPublished(day("2025-02-08"), "2025-02-06").withinDay).toBe(false);
    expect(classifyPublished(day("2025-01-01"), "2024-12-31").withinDay).toBe(true);
  });

  it("lets an estimated range that holds the gold day hold, without calling it exact or wrong", () => {
    const v = classifyPublished({ date: "2024", precision: "year", estimated: true, start: "2024-01-01", end: "2024-12-31" }, "2024-12-19");
    expect(v).toEqual({ day: null, exact: false, withinDay: false, estimateHolds: true, confidentlyWrong: false });
  });

  it("does not let an estimate that misses the gold day hold", () => {
    const v = classifyPublished({ date: "2025-04", precision: "month", estimated: true, start: "2025-04-01", end: "2025-04-30" }, "2025-09-02");
    expect(v).toMatchObject({ estimateHolds: false, confidentlyWrong: false });
  });

  it("counts an estimated day on the gold day as exact", () => {
    expect(classifyPublished(day("2025-04-28", true), "2025-04-28")).toMatchObject({ exact: true, estimateHolds: true });
  });

  it("calls a stated month that holds the gold day imprecise, not wrong", () => {
    const v = classifyPublished({ date: "2025-02", precision: "month", estimated: false, start: "2025-02-01", end: "2025-02-28" }, "2025-02-20");
    expect(v).toMatchObject({ exact: false, confidentlyWrong: false });
  });

  it("calls every stated date confidently wrong where the page has none", () => {
    expect(classifyPublished(day("2025-12-06"), null).confidentlyWrong).toBe(true);
    expect(classifyPublished(day("2025-12-06", true), null).confidentlyWrong).toBe(false);
  });

  it("finds nothing right or wrong in a refused article", () => {
    expect(classifyPublished(null, "2025-01-23")).toEqual({ day: null, exact: false, withinDay: false, estimateHolds: false, confidentlyWrong: false });
  });
});
