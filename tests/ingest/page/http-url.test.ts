import { describe, expect, it } from "vitest";
import { httpUrl } from "../../../src/ingest/page/http-url.ts";
import { looksLikeHtml } from "../../../src/ingest/page/looks-like-html.ts";
import { savedFromUrl } from "../../../src/ingest/page/saved-from-url.ts";
import { urlKey } from "../../../src/ingest/page/url-key.ts";

describe("httpUrl", () => {
  it("keeps http and https addresses, without their fragment", () => {
    expect(httpUrl("https://www.kabarsatu.test/read/1#komentar")).toBe("https://www.kabarsatu.test/read/1");
    expect(httpUrl("HTTP://KabarSatu.test")).toBe("http://kabarsatu.test/");
  });

  it("resolves a relative address against the page's", () => {
    expect(httpUrl("/read/2", "https://www.kabarsatu.test/read/1")).toBe("https://www.kabarsatu.test/read/2");
  });

  it.each(["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd", "mailto:a@b.test", "//", "", "bukan alamat"])(
    "refuses %j",
    (value) => {
      expect(httpUrl(value)).toBeNull();
    },
  );

  it("refuses a javascript: address even with a page address to resolve it against", () => {
    expect(httpUrl("javascript:alert(1)", "https://www.kabarsatu.test/")).toBeNull();
  });
});

describe("urlKey", () => {
  it("gives the same key for the same article by http or https, with www., a trailing slash, tracking parameters or a fragment", () => {
    const key = urlKey("https://www.kabardunia.test/global/read/5901234/judul");
    for (const same of [
      "http://kabardunia.test/global/read/5901234/judul/",
      "https://WWW.KabarDunia.test/global/read/5901234/judul?utm_source=facebook&utm_medium=social",
      "https://www.kabardunia.test/global/read/5901234/judul#komentar",
    ]) {
      expect(urlKey(same)).toBe(key);
    }
  });

  it("keeps the parameters that name a page", () => {
    expect(urlKey("https://fajarpagi.test/berita.php?id=101")).not.toBe(urlKey("https://fajarpagi.test/berita.php?id=102"));
  });

  it("has no key for a non-http address", () => {
    expect(urlKey("javascript:alert(1)")).toBeNull();
  });
});

describe("looksLikeHtml", () => {
  it("knows a page by its file name", () => {
    expect(looksLikeHtml("simpan/Artikel.HTM", "")).toBe(true);
    expect(looksLikeHtml("artikel.txt", "Jakarta - Teks.")).toBe(false);
  });

  it("knows a page by how it starts, after a byte-order mark, blank lines and comments", () => {
    expect(looksLikeHtml("-", "\uFEFF\n  <!DOCTYPE html><html>")).toBe(true);
    expect(looksLikeHtml("-", "<!-- saved from url=(0032)https://x.test/ -->\n<html lang=\"id\">")).toBe(true);
    expect(looksLikeHtml("-", "<HTML><HEAD>")).toBe(true);
  });

  it("leaves article text that merely mentions markup as text", () => {
    expect(looksLikeHtml("artikel.txt", "Jakarta - Tag <html> disebut dalam berita ini.")).toBe(false);
  });
});

describe("savedFromUrl", () => {
  it("reads the address a browser noted when saving the page", () => {
    expect(savedFromUrl("<!DOCTYPE html>\n<!-- saved from url=(0036)https://www.kabarsatu.test/read/1 -->\n<html>")).toBe("https://www.kabarsatu.test/read/1");
  });

  it("refuses a noted address that is not http(s)", () => {
    expect(savedFromUrl("<!-- saved from url=(0019)javascript:alert(1) -->")).toBeNull();
  });
});
