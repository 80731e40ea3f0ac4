import { describe, expect, it } from "vitest";
import { NEXT_TAG, PAST_TAG, partTag, readDateTags, relativeTag } from "../../../src/extract/dates/date-tags.ts";

describe("date tags", () => {
  it("reads back what was written", () => {
    expect(readDateTags([partTag("late"), relativeTag("year", -1), PAST_TAG])).toEqual({
      part: "late", relative: { unit: "year", amount: -1 }, past: true, next: false,
    });
    expect(readDateTags([NEXT_TAG]).next).toBe(true);
  });

  it("ignores chrono's own tags and malformed ones", () => {
    expect(readDateTags(["parser/SlashDateFormatParser", "date/part:soon", "date/relative:year:x"])).toEqual({ past: false, next: false });
  });
});
