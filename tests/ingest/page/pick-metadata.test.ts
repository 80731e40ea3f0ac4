import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodePage } from "../../../src/ingest/page/decode-page.ts";
import { jsonLdArticles } from "../../../src/ingest/page/json-ld-articles.ts";
import { metaTags } from "../../../src/ingest/page/meta-tags.ts";
import { parsePage } from "../../../src/ingest/page/parse-page.ts";
import { pickMetadata } from "../../../src/ingest/page/pick-metadata.ts";

const READ_FROM = "http://127.0.0.1:8080/baca";

function metadataOf(html: string, url: string | null = READ_FROM) {
  const doc = parsePage(html);
  return pickMetadata(jsonLdArticles(doc), metaTags(doc), url);
}
const fixture = (name: string) => metadataOf(decodePage(readFileSync(path.resolve("tests/ingest/page/fixtures", name)), null));
const values = (m: ReturnType<typeof metadataOf>) => Object.fromEntries(Object.entries(m.facts).map(([k, f]) => [k, f.value]));
const sources = (m: ReturnType<typeof metadataOf>) => Object.fromEntries(Object.entries(m.facts).map(([k, f]) => [k, f.from]));

describe("pickMetadata", () => {
  it("takes every fact from JSON-LD alone when the page has nothing else", () => {
    const m = fixture("json-ld-only.html");
    expect(values(m)).toEqual({
      title: "Intelijen Korsel: Korut Kirim Gelombang Kedua Pasukan ke Kursk",
      outlet: "KabarSatu.com",
      published: "2024-11-25T21:05+07:00",
      author: "Rina Maharani, Bagus Santoso",
      url: "https://internasional.kabarsatu.test/read/2024/11/25/21050071/intelijen-korsel-korut-kirim-gelombang-kedua-pasukan-ke-kursk",
    });
    expect(sources(m)).toEqual({ title: "JSON-LD NewsArticle", outlet: "JSON-LD NewsArticle publisher", published: "JSON-LD NewsArticle", author: "JSON-LD NewsArticle", url: "canonical link" });
  });

  it("takes every fact from Open Graph and the author meta tag when the page has no JSON-LD, without the site's name in the title", () => {
    const m = fixture("open-graph-only.html");
    expect(values(m)).toEqual({
      title: "Zelensky: Ratusan Tentara Korut Tewas di Kursk",
      outlet: "Suara Kini",
      published: "2024-12-16T14:20+07:00",
      author: "Dimas Pratama",
      url: "https://news.suarakini.test/internasional/d-7712345/zelensky-ratusan-tentara-korut-tewas-di-kursk",
    });
    expect(sources(m)).toEqual({ title: "Open Graph", outlet: "Open Graph", published: "Open Graph", author: '<meta name="author">', url: "og:url" });
  });

  it("prefers JSON-LD when the two disagree, and keeps what Open Graph said instead", () => {
    const m = fixture("both-disagreeing.html");
    expect(m.facts.title).toEqual({
      value: "Korea Utara Tarik Pasukan dari Garis Depan Kursk Usai Alami Kerugian Besar",
      from: "JSON-LD NewsArticle",
      // <title> says what og:title says, so it is not listed again.
      others: [{ from: "Open Graph", value: "Korut Tarik Pasukan dari Kursk" }],
    });
    expect(m.facts.outlet).toEqual({ value: "KabarDunia.id", from: "JSON-LD NewsArticle publisher", others: [{ from: "Open Graph", value: "kabardunia" }] });
    expect(m.facts.published).toEqual({ value: "2025-02-05T09:30+07:00", from: "JSON-LD NewsArticle", others: [{ from: "Open Graph", value: "2025-02-05T11:45+07:00" }] });
    expect(m.facts.author).toEqual({ value: "Anisa Putri", from: "JSON-LD NewsArticle", others: [{ from: '<meta name="author">', value: "Tim Redaksi" }] });
  });

  it("does not call the same address with a tracking parameter a disagreement", () => {
    expect(fixture("both-disagreeing.html").facts.url).toEqual({
      value: "https://www.kabardunia.test/global/read/5901234/korea-utara-tarik-pasukan-dari-garis-depan-kursk",
      from: "canonical link",
      others: [],
    });
  });

  it("states only what a page without metadata states: the <title> without its suffix, and the address it was read from", () => {
    const m = fixture("neither-windows-1252.html");
    expect(values(m)).toEqual({ title: "Korut Disebut Kirim Rudal Tambahan ke Rusia", url: READ_FROM });
    expect(sources(m)).toEqual({ title: "<title>", url: "page address" });
    expect(metadataOf("<html><body><p>Teks.</p></body></html>", null)).toEqual({ facts: {}, notes: [] });
  });

  it("puts a UTC datePublished in the time zone of the page's other times, and does not call it a disagreement", () => {
    const m = metadataOf(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-02-04T20:30:00Z"}</script>
      <meta property="article:published_time" content="2025-02-05T03:30:00+07:00">`);
    expect(m.facts.published).toEqual({ value: "2025-02-05T03:30+07:00", from: "JSON-LD NewsArticle", others: [] });
  });

  it("refuses javascript: and data: addresses and says so, falling back to the address the page was read from", () => {
    const m = fixture("hostile.html");
    expect(m.facts.url).toEqual({ value: READ_FROM, from: "page address", others: [] });
    expect(m.notes).toEqual([
      "ignored the canonical link (a javascript: address): only http and https addresses are taken",
      "ignored the JSON-LD NewsArticle url (a javascript: address): only http and https addresses are taken",
      "ignored the og:url (a data: address): only http and https addresses are taken",
    ]);
  });

  it("keeps markup out of every fact of a hostile page", () => {
    const m = fixture("hostile.html");
    expect(values(m)).toEqual({
      title: "Korut Kirim Pasukan Baru ke Kursk",
      outlet: "Kabar Jahat",
      published: "2025-03-01T08:00+07:00",
      author: "Rudi Hartono",
      url: READ_FROM,
    });
  });

  it("resolves a relative canonical link against the page's address, and ignores it without one", () => {
    const html = `<link rel="canonical" href="/global/read/1/judul">`;
    expect(metadataOf(html, "https://www.kabardunia.test/amp/global/read/1/judul").facts.url?.value).toBe("https://www.kabardunia.test/global/read/1/judul");
    expect(metadataOf(html, null).notes).toEqual(["ignored the canonical link (a relative address, and the page's own address is unknown): only http and https addresses are taken"]);
  });

  it("does not take a canonical link to the site's home page for the article's address", () => {
    const m = metadataOf(`<link rel="canonical" href="https://www.kabarsatu.test/"><meta property="og:url" content="https://www.kabarsatu.test/read/1/judul">`);
    expect(m.facts.url).toEqual({ value: "https://www.kabarsatu.test/read/1/judul", from: "og:url", others: [] });
    expect(m.notes).toEqual(["ignored the canonical link (https://www.kabarsatu.test/): it is the site's home page, not the article's address"]);
  });

  it("never takes the outlet's own name or a link for the author", () => {
    const m = metadataOf(`<meta property="og:site_name" content="Suara Kini"><meta name="author" content="Suara Kini">`);
    expect(m.facts.author).toBeUndefined();
    const linked = metadataOf(`<script type="application/ld+json">{"@type":"NewsArticle","author":["https://suarakini.test/penulis/1","Dimas"]}</script>`);
    expect(linked.facts.author?.value).toBe("Dimas");
  });

  it("gives an outlet the name the outlets lexicon knows it by", () => {
    expect(metadataOf(`<meta property="og:site_name" content="KOMPAS.com">`).facts.outlet?.value).toBe("Kompas.com");
  });
});
