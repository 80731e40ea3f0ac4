import { describe, expect, it } from "vitest";
import { findSeparator } from "../../../src/extract/source/dateline-separator.ts";

const sep = (s: string) => {
  const x = findSeparator(s, 0, 80);
  return x === null ? null : s.slice(0, x.stop);
};

describe("findSeparator", () => {
  it("stops at a spaced hyphen", () => expect(sep("Liputan6.com, Seoul - Badan")).toBe("Liputan6.com, Seoul -"));
  it("stops at an en dash and an em dash", () => {
    expect(sep("JAKARTA, KOMPAS.com – Banjir")).toBe("JAKARTA, KOMPAS.com –");
    expect(sep("Bisnis.com, JAKARTA — Harga")).toBe("Bisnis.com, JAKARTA —");
  });
  it("stops at a double hyphen with or without spaces", () => {
    expect(sep("Jakarta, CNN Indonesia -- Sebanyak")).toBe("Jakarta, CNN Indonesia --");
    expect(sep("TEMPO.CO , Jakarta--Jantung")).toBe("TEMPO.CO , Jakarta--");
  });
  it("stops at a hyphen glued to the place", () => expect(sep("Liputan6.com, Jakarta- Bareskrim")).toBe("Liputan6.com, Jakarta-"));
  it("stops at a hyphen glued to the body", () => expect(sep("NewsRoom.id -Pemerintah")).toBe("NewsRoom.id -"));
  it("stops at a colon followed by a space", () => expect(sep("Seoul: Pada Kamis")).toBe("Seoul:"));
  it("stops at a dash ending the line", () => expect(sep("Jakarta -")).toBe("Jakarta -"));
  it("skips hyphens inside words, dashes between digits, times and URLs", () => {
    expect(sep("Kim Jong-un tiba 2020–2024 pukul 06:16 di https://x.id")).toBeNull();
  });
  it("gives where the body starts", () => {
    expect(findSeparator("Seoul:   Pada", 0, 80)).toEqual({ index: 5, stop: 6, end: 9, colon: true, pipe: false });
  });
});
