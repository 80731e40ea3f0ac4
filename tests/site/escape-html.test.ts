import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/site/escape-html.ts";

describe("escapeHtml", () => {
  it("turns a script tag into text", () =>
    expect(escapeHtml('<script>alert("x")</script>')).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
  it("escapes ampersands first, so entities in the text stay visible", () => expect(escapeHtml("&amp;")).toBe("&amp;amp;"));
  it("escapes single quotes for attribute values", () => expect(escapeHtml("Jum'at")).toBe("Jum&#39;at"));
  it("leaves template syntax as plain text (it is data, never rendered)", () => expect(escapeHtml("{{ x }} {% if %}")).toBe("{{ x }} {% if %}"));
  it("never leaves a markup character in any string", () =>
    fc.assert(fc.property(fc.string(), (s) => !/[<>"']/.test(escapeHtml(s)))));
});
