import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addFrontMatter } from "../../../src/editor/add-front-matter.ts";
import { parseArticle } from "../../../src/extract/parse-article.ts";
import { decodePage } from "../../../src/ingest/page/decode-page.ts";
import { PageError } from "../../../src/ingest/page/page-error.ts";
import { pageToArticle } from "../../../src/ingest/page/page-to-article.ts";

const fixture = (name: string): string => decodePage(readFileSync(path.resolve("tests/ingest/page/fixtures", name)), null);

/** The entry the real parser makes of a page's text under its front matter. */
function entryOf(html: string, url: string | null = null) {
  const page = pageToArticle(html, url);
  const composed = addFrontMatter(page.text, page.fields);
  const parsed = parseArticle({ name: "dari-halaman.txt", bytes: new TextEncoder().encode(composed.text) });
  expect(parsed.files.flatMap((f) => f.messages).filter((m) => m.fatal).map(String)).toEqual([]);
  return parsed.entry!;
}

describe("pageToArticle", () => {
  it("gives the text as paragraphs separated by blank lines, and the page's facts as front-matter fields", () => {
    const page = pageToArticle(fixture("json-ld-only.html"), null);
    expect(page.text).toMatch(/^SEOUL, KABARSATU\.com - Badan intelijen .*\n\nMenurut keterangan /u);
    expect(page.text.endsWith("\n")).toBe(true);
    expect(page.fields).toEqual({
      title: "Intelijen Korsel: Korut Kirim Gelombang Kedua Pasukan ke Kursk",
      outlet: "KabarSatu.com",
      published: "2024-11-25T21:05+07:00",
      author: "Rina Maharani, Bagus Santoso",
      url: "https://internasional.kabarsatu.test/read/2024/11/25/21050071/intelijen-korsel-korut-kirim-gelombang-kedua-pasukan-ke-kursk",
    });
  });

  it("makes an entry, through the real parser, with the page's outlet, local publication time, title, author and URL", () => {
    const entry = entryOf(fixture("json-ld-only.html"));
    expect(entry.title).toBe("Intelijen Korsel: Korut Kirim Gelombang Kedua Pasukan ke Kursk");
    expect(entry.source).toMatchObject({
      outlet: "KabarSatu.com",
      outletBasis: "front-matter",
      author: "Rina Maharani, Bagus Santoso",
      url: "https://internasional.kabarsatu.test/read/2024/11/25/21050071/intelijen-korsel-korut-kirim-gelombang-kedua-pasukan-ke-kursk",
    });
    expect(entry.published).toMatchObject({ date: "2024-11-25T21:05", precision: "minute", basis: "front-matter", start: "2024-11-25", estimated: false });
    expect(entry.paragraphs.map((p) => p.text).join("\n")).not.toContain("Dapatkan update");
  });

  it("dates the entry by the page's local day and time, not by UTC", () => {
    const early = `<!doctype html><html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Korut Kirim Pasukan",
      "datePublished":"2024-11-24T19:30:00Z","dateModified":"2024-11-25T03:00:00+07:00"}</script></head>
      <body><article><p>SEOUL - Korea Utara mengirim sekitar 1.500 tentara tambahan ke Kursk pada pekan lalu, menurut intelijen Korea Selatan.</p>
      <p>Laporan itu disampaikan kepada parlemen di Seoul dan belum ditanggapi oleh Moskwa maupun Pyongyang hingga Senin pagi.</p></article></body></html>`;
    const page = pageToArticle(early, null);
    expect(page.fields.published).toBe("2024-11-25T02:30+07:00");
    expect(entryOf(early).published).toMatchObject({ date: "2024-11-25T02:30", start: "2024-11-25", end: "2024-11-25" });
  });

  it("leaves to the parser what a page without metadata does not state", () => {
    const entry = entryOf(fixture("neither-windows-1252.html"));
    expect(entry.titleBasis).toBe("front-matter");
    expect(entry.source).toMatchObject({ outlet: "FAJARPAGI.CO.ID", outletBasis: "dateline", author: null, url: null });
    expect(entry.published).toMatchObject({ date: "2025-03-13T10:15", basis: "date-line" });
  });

  it("writes the address the page was read from when the page names none", () => {
    expect(pageToArticle(fixture("neither-windows-1252.html"), "https://fajarpagi.test/berita.php?id=100").fields.url).toBe("https://fajarpagi.test/berita.php?id=100");
  });

  it("keeps a hostile page inert: the text and every field are plain words, the javascript: canonical link refused", () => {
    const page = pageToArticle(fixture("hostile.html"), null);
    expect(page.fields).toEqual({ title: "Korut Kirim Pasukan Baru ke Kursk", outlet: "Kabar Jahat", published: "2025-03-01T08:00+07:00", author: "Rudi Hartono" });
    expect(`${page.text}${JSON.stringify(page.fields)}`).not.toMatch(/[<>]|alert|javascript|data:|onerror/u);
    expect(entryOf(fixture("hostile.html")).source.url).toBeNull();
  });

  it("refuses a page without article text", () => {
    expect(() => pageToArticle("<!doctype html><html><body><nav>Beranda</nav></body></html>", null)).toThrow(PageError);
  });
});
