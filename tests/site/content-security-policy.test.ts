import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../src/site/content-security-policy.ts";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)] as const));

describe("contentSecurityPolicy", () => {
  it("allows only this site's own files by default", () => expect(directives(contentSecurityPolicy()).get("default-src")).toEqual(["'self'"]));
  it("allows WebAssembly for the search index but no inline script", () =>
    expect(directives(contentSecurityPolicy()).get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]));
  it("allows an inline script only by its SHA-256 hash", () => {
    const script = "document.documentElement.classList.add('js');";
    const hash = createHash("sha256").update(script).digest("base64");
    expect(directives(contentSecurityPolicy([script])).get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'", `'sha256-${hash}'`]);
  });
  it("names no other host and never allows unsafe inline code", () => {
    const policy = contentSecurityPolicy(["x"]);
    expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
  });
  it("forbids plugins and foreign form targets", () => {
    const policy = directives(contentSecurityPolicy());
    expect([policy.get("object-src"), policy.get("form-action"), policy.get("base-uri")]).toEqual([["'none'"], ["'self'"], ["'self'"]]);
  });
});
