import { describe, expect, it } from "vitest";
import { entrySource, key, wordsSource } from "../../../src/extract/claims/regex-sources.ts";

describe("entrySource", () => {
  it("escapes a plain phrase and lets any run of spaces match its spaces", () => {
    const re = new RegExp(`^${entrySource("kira-kira (sekitar)")}$`, "u");
    expect(re.test("kira-kira   (sekitar)")).toBe(true);
  });

  it("keeps a /regex/ as written", () => {
    expect(entrySource("/sekitar(?=\\s+\\d)/")).toBe("sekitar(?=\\s+\\d)");
  });

  it("refuses a regex with a capturing group", () => {
    expect(() => entrySource("/(belum) mengonfirmasi/")).toThrow(/capturing group/);
  });
});

describe("wordsSource", () => {
  it("matches whole words, the longest first", () => {
    const re = new RegExp(wordsSource(["kata", "katanya"]), "u");
    expect(re.exec("ujarnya, katanya.")?.[0]).toBe("katanya");
    expect(re.test("kata-kata")).toBe(false);
  });
});

describe("key", () => {
  it("lower-cases and single-spaces", () => {
    expect(key("  Hal \t  Ini ")).toBe("hal ini");
  });
});
