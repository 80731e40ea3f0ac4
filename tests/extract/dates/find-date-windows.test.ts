import { describe, expect, it } from "vitest";
import { findDateWindows } from "../../../src/extract/dates/find-date-windows.ts";

describe("findDateWindows", () => {
  it("finds no window in text without a date word or number", () => {
    expect(findDateWindows("Pasukan Korea Utara dikerahkan ke garis depan di Kursk.")).toEqual([]);
  });

  it("puts a window around a weekday with its date and the words before it", () => {
    const text = "Ukraina melaporkan sekitar 30 tentara tewas. Badan intelijen menyatakan pada Selasa (4/2/2025), tentara mundur.";
    const [w, ...rest] = findDateWindows(text);
    expect(rest).toEqual([]);
    expect(text.slice(w!.start, w!.end)).toContain("pada Selasa (4/2/2025),");
  });

  it("starts and ends windows at spaces", () => {
    const text = `${"kata ".repeat(30)}pertengahan Januari ${"lagi ".repeat(30)}`;
    for (const w of findDateWindows(text)) {
      expect(w.start === 0 || /\s/.test(text[w.start - 1]!)).toBe(true);
      expect(w.end === text.length || /\s/.test(text[w.end]!)).toBe(true);
    }
  });

  it("caps the size of windows over a long run of dates", () => {
    const windows = findDateWindows("Januari 2025, ".repeat(1000));
    expect(windows.length).toBeGreaterThan(1);
    for (const w of windows) expect(w.end - w.start).toBeLessThanOrEqual(1200);
  });
});
