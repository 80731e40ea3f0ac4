import { describe, expect, it } from "vitest";
import { createDateChrono } from "../../../src/extract/dates/date-chrono.ts";

describe("createDateChrono", () => {
  it("keeps chrono's ISO, D/M/Y and time parsers (found by class name)", () => {
    const names = createDateChrono().parsers.map((p) => p.constructor.name);
    expect(names).toEqual(expect.arrayContaining(["ISOFormatParser", "SlashDateFormatParser", "IDTimeExpressionParser"]));
  });

  it("leaves the time parser out when asked", () => {
    const names = createDateChrono({ times: false }).parsers.map((p) => p.constructor.name);
    expect(names).not.toContain("IDTimeExpressionParser");
  });

  it("keeps chrono's overlap and time-zone refiners", () => {
    const names = createDateChrono().refiners.map((r) => r.constructor.name);
    expect(names).toEqual(expect.arrayContaining(["OverlapRemovalRefiner", "ExtractTimezoneAbbrRefiner"]));
  });

  it("reads 'pada Selasa (4/2/2025)' as one result", () => {
    const results = createDateChrono().parse("pada Selasa (4/2/2025)", new Date(Date.UTC(2024, 6, 1)));
    expect(results.map((r) => r.text)).toEqual(["Selasa (4/2/2025)"]);
  });
});
