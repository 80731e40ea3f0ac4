import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodePage } from "../../../src/ingest/page/decode-page.ts";
import { findCharset } from "../../../src/ingest/page/find-charset.ts";

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const OLD_PAGE = readFileSync(path.resolve("tests/ingest/page/fixtures/neither-windows-1252.html"));

describe("findCharset", () => {
  it("takes the charset of the Content-Type header", () => {
    expect(findCharset(encode("<html>"), "text/html; charset=UTF-8")).toBe("utf-8");
    expect(findCharset(encode("<html>"), 'text/html; charset="windows-1252"')).toBe("windows-1252");
  });

  it("reads ISO-8859-1 and ASCII labels as windows-1252, as browsers do", () => {
    expect(findCharset(encode("<html>"), "text/html; charset=ISO-8859-1")).toBe("windows-1252");
    expect(findCharset(encode('<meta charset="us-ascii">'), null)).toBe("windows-1252");
  });

  it("lets a byte-order mark win over the header", () => {
    expect(findCharset(Uint8Array.from([0xef, 0xbb, 0xbf, 0x3c]), "text/html; charset=windows-1252")).toBe("utf-8");
  });

  it("finds <meta charset> and the http-equiv Content-Type near the top", () => {
    expect(findCharset(encode('<!doctype html><meta charset="windows-1252"><title>x</title>'), "text/html")).toBe("windows-1252");
    expect(findCharset(OLD_PAGE, null)).toBe("windows-1252");
  });

  it("falls back to UTF-8 when nothing declares an encoding", () => {
    expect(findCharset(encode("<html><p>Kabar</p></html>"), "text/html")).toBe("utf-8");
  });
});

describe("decodePage", () => {
  it("decodes a windows-1252 page's curly quotes and dashes, which Node's own decoder turns into control characters", () => {
    const text = decodePage(OLD_PAGE, "text/html");
    expect(text).toContain("MAKASSAR, FAJARPAGI.CO.ID – Kepala Staf");
    expect(text).toContain("“Kami memperkirakan");
    expect(text).toContain("‘unit-unit kecil’");
    expect(text).not.toMatch(/[\u0080-\u009f]/u);
  });

  it("decodes UTF-8, dropping a byte-order mark", () => {
    expect(decodePage(encode("\uFEFF<p>Korut – Rusia</p>"), "text/html; charset=utf-8")).toBe("<p>Korut – Rusia</p>");
  });

  it("shows bytes that break the declared encoding as U+FFFD instead of failing", () => {
    expect(decodePage(Uint8Array.from([0x3c, 0x70, 0x3e, 0xff, 0x3c]), "text/html; charset=utf-8")).toBe("<p>\uFFFD<");
  });

  it("reads an encoding it does not know as UTF-8", () => {
    expect(decodePage(encode("<p>Kabar</p>"), "text/html; charset=x-unknown-9")).toBe("<p>Kabar</p>");
  });
});
