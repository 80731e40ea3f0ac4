import { describe, expect, it } from "vitest";
import { jsonLdArticles } from "../../../src/ingest/page/json-ld-articles.ts";
import { parsePage } from "../../../src/ingest/page/parse-page.ts";

const page = (...blocks: string[]): Document =>
  parsePage(`<!doctype html><html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join("")}</head><body></body></html>`);

describe("jsonLdArticles", () => {
  it("reads a single NewsArticle object", () => {
    const [article] = jsonLdArticles(
      page(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Korut Kirim Pasukan","datePublished":"2024-11-25T21:05:00+07:00",
        "dateModified":"2024-11-25T22:10:00+07:00","author":{"@type":"Person","name":"Rina Maharani"},"publisher":{"@type":"Organization","name":"KabarSatu.com"},
        "url":"https://kabarsatu.test/read/1"}`),
    );
    expect(article).toEqual({
      type: "NewsArticle",
      headline: "Korut Kirim Pasukan",
      datePublished: "2024-11-25T21:05:00+07:00",
      dateModified: "2024-11-25T22:10:00+07:00",
      authors: ["Rina Maharani"],
      publisher: "KabarSatu.com",
      url: "https://kabarsatu.test/read/1",
    });
  });

  it("finds the article in a @graph, an array, or with @type as an array or a full schema.org address", () => {
    const graph = page(`{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"KabarSatu.com"},{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"Dari graph"}]}`);
    const array = page(`[{"@type":"WebPage","name":"Halaman"},{"@type":"ReportageNewsArticle","headline":"Dari array"}]`);
    const typed = page(`{"@type":["Article","NewsArticle"],"headline":"Dua tipe"}`, `{"@type":"http://schema.org/BlogPosting","headline":"Tipe alamat"}`);
    expect(jsonLdArticles(graph).map((a) => [a.type, a.headline])).toEqual([["NewsArticle", "Dari graph"]]);
    expect(jsonLdArticles(array).map((a) => [a.type, a.headline])).toEqual([["ReportageNewsArticle", "Dari array"]]);
    expect(jsonLdArticles(typed).map((a) => [a.type, a.headline])).toEqual([
      ["NewsArticle", "Dua tipe"],
      ["BlogPosting", "Tipe alamat"],
    ]);
  });

  it("puts news articles before other articles, whatever the page order", () => {
    const articles = jsonLdArticles(page(`{"@type":"BlogPosting","headline":"Blog"}`, `{"@type":"Article","headline":"Artikel"}`, `{"@type":"NewsArticle","headline":"Berita"}`));
    expect(articles.map((a) => a.headline)).toEqual(["Berita", "Blog", "Artikel"]);
  });

  it("reads authors written as a string, an object, or an array of both, without repeats", () => {
    const [a] = jsonLdArticles(page(`{"@type":"NewsArticle","author":"Yusuf Hidayat"}`));
    const [b] = jsonLdArticles(page(`{"@type":"NewsArticle","author":[{"@type":"Person","name":"Rina"},"Bagus",{"name":"Rina"},{"@type":"Person"}]}`));
    expect(a?.authors).toEqual(["Yusuf Hidayat"]);
    expect(b?.authors).toEqual(["Rina", "Bagus"]);
  });

  it("takes mainEntityOfPage's @id when there is no url", () => {
    const [article] = jsonLdArticles(page(`{"@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://kabarsatu.test/read/2"}}`));
    expect(article?.url).toBe("https://kabarsatu.test/read/2");
  });

  it("ignores nodes that are not articles and blocks that are not JSON, and forgives raw line breaks and comment wrappers", () => {
    const articles = jsonLdArticles(
      page(`{"@type":"Organization","name":"PT Kabar"}`, `{ bukan json`, `<!--{"@type":"NewsArticle","headline":"Baris\nbaru"}-->`),
    );
    expect(articles.map((a) => a.headline)).toEqual(["Baris baru"]);
  });

  it("turns markup and entities in values into plain text", () => {
    const [article] = jsonLdArticles(page(`{"@type":"NewsArticle","headline":"Korut &amp; Rusia <img src=x onerror=alert(1)>","author":{"name":"\\u003cscript\\u003ealert(2)\\u003c/script\\u003eRudi"}}`));
    expect(article?.headline).toBe("Korut & Rusia");
    expect(article?.authors).toEqual(["Rudi"]);
  });
});
