import { describe, expect, it } from "vitest";
import { parsePage } from "../../../src/ingest/page/parse-page.ts";
import { textBlocks } from "../../../src/ingest/page/text-blocks.ts";

const blocks = (html: string): string[] => textBlocks(parsePage(`<!doctype html><html><body><div>${html}</div></body></html>`).body);

describe("textBlocks", () => {
  it("gives one paragraph per block, inline markup dissolved and white space collapsed", () => {
    expect(blocks("<p><b>SEOUL</b> - Korut   kirim\n pasukan&nbsp;baru.</p><h2>Analisis</h2><p>Kedua.</p>")).toEqual([
      "SEOUL - Korut kirim pasukan baru.",
      "Analisis",
      "Kedua.",
    ]);
  });

  it("breaks lines at <br>, as old pages separate paragraphs", () => {
    expect(blocks("Baris satu.<br>Baris dua.<br><br>Baris tiga.")).toEqual(["Baris satu.", "Baris dua.", "Baris tiga."]);
  });

  it("leaves out blocks made mostly of links, labels and all: 'Baca juga' teasers, related lists, tag bars", () => {
    expect(
      blocks(`<p>Paragraf artikel dengan <a href="/x">satu tautan</a> di dalamnya tetap ada, seperti kalimat berita biasa.</p>
        <p><strong>Baca juga: <a href="/y">Rusia dan Korut Teken Perjanjian Pertahanan Baru</a></strong></p>
        <div><p>Baca Juga</p><ul><li><a href="/1">Ukraina Klaim Tangkap Dua Tentara Korea Utara</a></li><li><a href="/2">Rusia Bantah</a></li></ul></div>
        <div>Tag: <a>Korea Utara</a> <a>Rusia</a></div>`),
    ).toEqual(["Paragraf artikel dengan satu tautan di dalamnya tetap ada, seperti kalimat berita biasa."]);
  });

  it("reads a wrapper that is mostly links but holds a paragraph of the article's own words", () => {
    const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/${i}">Judul berita terkait nomor ${i} yang cukup panjang</a></li>`).join("");
    const own = "Satu-satunya paragraf artikel ini menyebut pasukan Korea Utara di Kursk.";
    expect(blocks(`<div class="page"><p>${own}</p><ul>${related}</ul></div>`)).toEqual([own]);
  });

  it("keeps the words of a paragraph whose link is a small part of it", () => {
    expect(blocks('<p>Menurut <a href="/laporan">laporan itu</a>, sekitar 11.000 tentara Korea Utara berada di Kursk.</p>')).toEqual([
      "Menurut laporan itu, sekitar 11.000 tentara Korea Utara berada di Kursk.",
    ]);
  });

  it("drops blocks with no letter or digit, such as a row of dashes", () => {
    expect(blocks("<p>---</p><p>* * *</p><p>Teks.</p>")).toEqual(["Teks."]);
  });

  it("gives text only, never markup, from markup written inside a paragraph", () => {
    expect(blocks('<p onclick="alert(1)">Awal <img src=x onerror="alert(2)"><script>alert(3)</script>akhir.</p>')).toEqual(["Awal akhir."]);
  });
});
