import { describe, expect, it } from "vitest";
import { byUrl, inSection } from "../../src/site/eleventy-plugin.ts";
import { toJson } from "../../src/site/safe-json.ts";

describe("toJson", () => {
  it("cannot close a script element or open a comment", () => expect(toJson({ t: "</script><!--" })).toBe('{"t":"\\u003c/script\\u003e\\u003c!--"}'));
  it("reads back as the same value", () => expect(JSON.parse(toJson({ a: ["&", "\u2028"] }, 2))).toEqual({ a: ["&", "\u2028"] }));
});

describe("inSection", () => {
  it("matches the home page only with '/'", () => {
    expect(inSection("/", ["/"])).toBe(true);
    expect(inSection("/sumber/", ["/"])).toBe(false);
  });
  it("matches every page under a prefix", () => expect(inSection("/artikel/x/", ["/", "/linimasa/", "/artikel/"])).toBe(true));
});

describe("byUrl", () => {
  it("orders pages by their addresses, by code units", () => {
    expect(byUrl([{ url: "/sumber/" }, { url: "/" }, { url: "/angka/tewas/" }, { url: "/angka/" }]).map((p) => p.url)).toEqual(["/", "/angka/", "/angka/tewas/", "/sumber/"]);
  });
});
