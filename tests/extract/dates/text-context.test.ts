import { describe, expect, it } from "vitest";
import { isBoundaryBefore, isCapital, isSentenceStart, wordAfter, wordBefore } from "../../../src/extract/dates/text-context.ts";

describe("text-context", () => {
  it("finds the word before an offset across spaces only", () => {
    expect(wordBefore("sejak akhir 2024", 12)).toEqual({ word: "akhir", start: 6, end: 11 });
    expect(wordBefore("Januari, 2025", 9)).toBeNull();
  });

  it("finds the word after an offset", () => {
    expect(wordAfter("2025 tentara", 4)).toEqual({ word: "tentara", start: 5, end: 12 });
  });

  it("sees word boundaries in any script", () => {
    expect(isBoundaryBefore("éRabu", 1)).toBe(false);
    expect(isBoundaryBefore("(Rabu", 1)).toBe(true);
  });

  it("knows a sentence start after a full stop or a quote", () => {
    expect(isSentenceStart("Ia pergi. Minggu lalu", 10)).toBe(true);
    expect(isSentenceStart("pada Minggu lalu", 5)).toBe(false);
    expect(isSentenceStart('"Minggu lalu', 1)).toBe(true);
  });

  it("knows capitals", () => {
    expect(isCapital("Rabu", 0)).toBe(true);
    expect(isCapital("rabu", 0)).toBe(false);
    expect(isCapital("1", 0)).toBe(false);
  });
});
