import { describe, expect, it } from "vitest";
import { alternation } from "../../src/text/alternation.ts";
import { escapeRegExp, phrasePattern } from "../../src/text/escape-regexp.ts";
import { compareKeys } from "../../src/text/compare-keys.ts";

describe("alternation", () => {
  it("puts longer words first, so 'sampai dengan' is tried before 'sampai'", () => {
    expect(alternation(["sampai", "sampai dengan", "-"])).toBe("(?:sampai\\s+dengan|sampai|-)");
  });

  it("orders words of one length by code units and drops duplicates", () => {
    expect(alternation(["rabu", "kamis", "jumat", "kamis"])).toBe("(?:jumat|kamis|rabu)");
  });

  it("takes patterns as given when told to", () => {
    expect(alternation(["a.b", "c"], escapeRegExp)).toBe("(?:a\\.b|c)");
    expect(alternation(["x+", "y"], (p) => p)).toBe("(?:x+|y)");
  });

  it("matches the longest word at a place", () => {
    expect(new RegExp(alternation(["sampai", "sampai dengan"])).exec("1 sampai dengan 3")?.[0]).toBe("sampai dengan");
  });
});

describe("escapeRegExp", () => {
  it("escapes every character that means something in a pattern", () => {
    const text = "a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p";
    expect(new RegExp(`^${escapeRegExp(text)}$`, "u").test(text)).toBe(true);
  });
});

describe("phrasePattern", () => {
  it("lets a run of spaces match any whitespace", () => {
    expect(new RegExp(phrasePattern("kantor berita")).test("kantor \n berita")).toBe(true);
  });
});

describe("compareKeys", () => {
  it("orders by code units, capitals before small letters, whatever the locale", () => {
    expect(["b", "aa", "Z", "Å"].sort(compareKeys)).toEqual(["Z", "aa", "b", "Å"]);
  });
});
