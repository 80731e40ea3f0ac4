import { describe, expect, it } from "vitest";
import { formatCount } from "../../src/site/format-count.ts";

describe("formatCount", () => {
  it("groups thousands with a dot, as Indonesian does", () => expect(formatCount(2700)).toBe("2.700"));
  it("writes a range with an en dash", () => expect(formatCount(10000, 12000)).toBe("10.000–12.000"));
  it("writes an open upper bound as 'at least'", () => expect(formatCount(1000, null)).toBe("≥ 1.000"));
  it("writes an open lower bound as 'at most'", () => expect(formatCount(null, 500)).toBe("≤ 500"));
  it("writes equal bounds once", () => expect(formatCount(300, 300)).toBe("300"));
  it("writes millions in full", () => expect(formatCount(2500000)).toBe("2.500.000"));
});
