import { describe, expect, it } from "vitest";
import { metaTags } from "../../../src/ingest/page/meta-tags.ts";
import { parsePage } from "../../../src/ingest/page/parse-page.ts";

describe("metaTags", () => {
  it("reads Open Graph, article:*, the author, the canonical link, <title> and the first <h1>", () => {
    const doc = parsePage(`<!doctype html><html><head>
      <title>Judul Berita | Suara Kini</title>
      <meta property="og:site_name" content="Suara Kini"><meta property="og:title" content="Judul Berita">
      <meta property="og:url" content="https://suarakini.test/d-1/judul">
      <meta property="article:published_time" content="2024-12-16T14:20:00+07:00">
      <meta property="article:modified_time" content="2024-12-16T15:02:11+07:00">
      <meta name="author" content="Dimas Pratama"><meta name="twitter:title" content="Judul di Twitter">
      <link rel="stylesheet" href="/a.css"><link rel="canonical" href="https://suarakini.test/d-1/judul">
      </head><body><h1>Judul  Berita</h1><h1>Kedua</h1></body></html>`);
    expect(metaTags(doc)).toEqual({
      ogSiteName: "Suara Kini",
      ogTitle: "Judul Berita",
      ogUrl: "https://suarakini.test/d-1/judul",
      twitterTitle: "Judul di Twitter",
      publishedTime: "2024-12-16T14:20:00+07:00",
      modifiedTime: "2024-12-16T15:02:11+07:00",
      author: "Dimas Pratama",
      canonical: "https://suarakini.test/d-1/judul",
      title: "Judul Berita | Suara Kini",
      h1: "Judul Berita",
    });
  });

  it("reads article:published_time written as a name, and takes article:author only when it is a name", () => {
    const named = parsePage(`<meta name="article:published_time" content="2025-01-20T07:45:12+07:00"><meta property="article:author" content="Yusuf Hidayat">`);
    const linked = parsePage(`<meta property="article:author" content="https://www.facebook.test/kabardunia">`);
    expect(metaTags(named)).toMatchObject({ publishedTime: "2025-01-20T07:45:12+07:00", author: "Yusuf Hidayat" });
    expect(metaTags(linked).author).toBeNull();
  });

  it("gives null for what the page does not state", () => {
    expect(metaTags(parsePage("<html><body><p>Teks</p></body></html>"))).toEqual({
      ogSiteName: null, ogTitle: null, ogUrl: null, twitterTitle: null, publishedTime: null, modifiedTime: null,
      author: null, canonical: null, title: null, h1: null,
    });
  });

  it("keeps the text of a <title> that holds markup, not the markup", () => {
    expect(metaTags(parsePage('<title>Korut Kirim Pasukan<script>alert("title")</script></title>')).title).toBe("Korut Kirim Pasukan");
  });
});
