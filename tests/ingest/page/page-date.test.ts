import { describe, expect, it } from "vitest";
import { pageDate } from "../../../src/ingest/page/page-date.ts";
import { toPageTimeZone } from "../../../src/ingest/page/page-time-zone.ts";

describe("pageDate", () => {
  it("keeps the page's own offset and drops the seconds", () => {
    expect(pageDate("2024-11-25T21:05:00+07:00")).toBe("2024-11-25T21:05+07:00");
    expect(pageDate("2024-11-25T21:05:00+0700")).toBe("2024-11-25T21:05+07:00");
    expect(pageDate("2025-02-05T02:30:00.000Z")).toBe("2025-02-05T02:30Z");
    expect(pageDate("2024-11-25T08:05:00-05:00")).toBe("2024-11-25T08:05-05:00");
  });

  it("keeps the page's precision: a day stays a day, a time without offset stays local", () => {
    expect(pageDate("2024-11-25")).toBe("2024-11-25");
    expect(pageDate("2024-11-25 21:05:00")).toBe("2024-11-25T21:05");
  });

  it.each(["2024-02-30", "2024-11-25T24:05", "2024-11-25T21:05+15:00", "Senin, 25 November 2024", "25/11/2024", "", null])("refuses %j", (value) => {
    expect(pageDate(value)).toBeNull();
  });
});

describe("toPageTimeZone", () => {
  it("moves a UTC time to the offset of the page's other times, keeping the instant", () => {
    expect(toPageTimeZone("2025-02-05T02:30Z", ["2025-02-05T02:30Z", "2025-02-05T11:45+07:00"])).toBe("2025-02-05T09:30+07:00");
  });

  it("changes the day when the page's local day is not the UTC one", () => {
    expect(toPageTimeZone("2024-11-24T20:00Z", ["2024-11-25T06:00+08:00"])).toBe("2024-11-25T04:00+08:00");
    expect(toPageTimeZone("2024-11-25T02:00Z", ["2024-11-25T09:00-05:00"])).toBe("2024-11-24T21:00-05:00");
  });

  it("leaves a time alone that has its own offset, or a UTC time when the page states no other zone", () => {
    expect(toPageTimeZone("2025-02-05T09:30+07:00", ["2025-02-05T02:30Z"])).toBe("2025-02-05T09:30+07:00");
    expect(toPageTimeZone("2025-02-05T02:30Z", ["2025-02-05", null])).toBe("2025-02-05T02:30Z");
    expect(toPageTimeZone("2025-02-05", ["2025-02-05T11:45+07:00"])).toBe("2025-02-05");
  });
});
