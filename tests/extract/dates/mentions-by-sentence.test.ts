import { describe, expect, it } from "vitest";
import { mentionsBySentence } from "../../../src/extract/dates/mentions-by-sentence.ts";
import type { Mention } from "../../../src/schema/entry.ts";

const mention = (text: string, sentence: number): Mention => ({
  text,
  iso: "2025-02-03",
  precision: "day",
  start: "2025-02-03",
  end: "2025-02-03",
  inferred: false,
  relative: false,
  weekday: false,
  place: { line: 1, column: 1, offset: 0 },
  sentence,
});

describe("mentionsBySentence", () => {
  it("groups mentions by their sentence and keeps their order", () => {
    const groups = mentionsBySentence([mention("Senin (3/2)", 0), mention("Januari", 2), mention("2025", 0)]);
    expect(groups.get(0)?.map((m) => m.text)).toEqual(["Senin (3/2)", "2025"]);
    expect(groups.get(2)?.map((m) => m.text)).toEqual(["Januari"]);
    expect(groups.has(1)).toBe(false);
  });
});
