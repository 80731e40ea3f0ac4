import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleText } from "../../../src/ingest/page/article-text.ts";
import { decodePage } from "../../../src/ingest/page/decode-page.ts";
import { parsePage } from "../../../src/ingest/page/parse-page.ts";

const textOf = (name: string, title: string | null = null): string[] =>
  articleText(parsePage(decodePage(readFileSync(path.resolve("tests/ingest/page/fixtures", name)), null)), title);

describe("articleText", () => {
  it("keeps the article's paragraphs of a JSON-LD page and leaves out its menu, trending list, 'Baca juga' links, caption, share bar, ads, tags and footer", () => {
    const text = textOf("json-ld-only.html", "Intelijen Korsel: Korut Kirim Gelombang Kedua Pasukan ke Kursk");
    expect(text.slice(0, 6)).toEqual([
      "SEOUL, KABARSATU.com - Badan intelijen Korea Selatan menyebut Korea Utara telah mengirim gelombang kedua pasukannya ke wilayah Kursk, Rusia, dengan jumlah sekitar 1.500 personel pada pekan lalu.",
      "Menurut keterangan yang disampaikan kepada anggota parlemen di Seoul pada Senin (25/11/2024), pasukan tambahan itu diberangkatkan melalui pelabuhan Vladivostok sebelum dipindahkan ke garis depan dengan kereta.",
      '"Kami memperkirakan total pasukan Korea Utara di Rusia kini mencapai lebih dari 11.000 orang," kata seorang anggota parlemen yang mengikuti rapat tertutup tersebut.',
      "Pemerintah Ukraina sebelumnya melaporkan bahwa sebagian tentara Korea Utara telah terlibat dalam pertempuran kecil di sekitar desa-desa perbatasan di Kursk sejak awal November.",
      "Para analis di Seoul menilai pengiriman gelombang kedua menunjukkan kerja sama militer kedua negara makin dalam, termasuk pertukaran teknologi rudal dan amunisi artileri.",
      "Hingga berita ini diturunkan, Moskwa dan Pyongyang belum menanggapi laporan tersebut.",
    ]);
    // What is left after the article is the outlet's call to follow it, which the parser's boilerplate rules drop.
    expect(text.slice(6)).toEqual(["Dapatkan update berita pilihan dan breaking news setiap hari dari KabarSatu.com. Ikuti saluran kami di WhatsApp."]);
  });

  it("leaves out the ad and scroll markers, the inserted 'Baca juga' table, the caption and the sidebar of an Open Graph page", () => {
    const joined = textOf("open-graph-only.html").join("\n");
    expect(joined).toMatch(/^Jakarta - Presiden Ukraina Volodymyr Zelensky mengatakan/u);
    expect(joined).toContain("Pihak Rusia belum mengonfirmasi keberadaan tentara Korea Utara di garis depan.");
    for (const furniture of ["ADVERTISEMENT", "SCROLL TO CONTINUE", "Baca juga", "Korut Bantah Kirim Pasukan", "Foto: Reuters", "Terpopuler", "Cuti Bersama", "korea utara\nzelensky", "All rights reserved", "suarakini\nBerita"]) {
      expect(joined).not.toContain(furniture);
    }
  });

  it("keeps a subheading as its own paragraph and leaves out a 'Baca Juga' list and an ad label", () => {
    const text = textOf("both-disagreeing.html", "Korea Utara Tarik Pasukan dari Garis Depan Kursk Usai Alami Kerugian Besar");
    expect(text).toContain("Pengiriman Tambahan Belum Terlihat");
    expect(text).toHaveLength(7);
    expect(text.join("\n")).not.toMatch(/Baca Juga|Tangkap Dua Tentara|Advertisement|KCNA via AP|Tag Terkait|Copyright/u);
  });

  it("finds the article among two articles' worth of teasers and leaves every teaser out", () => {
    expect(textOf("teasers.html", "Korea Selatan Pantau Rotasi Pasukan Korut di Kursk")).toEqual([
      "WARTARAYA.TEST, SEOUL - Militer Korea Selatan mengaku terus memantau rotasi pasukan Korea Utara yang dikerahkan ke wilayah Kursk, Rusia, setelah muncul laporan pergantian unit di garis depan.",
      "Seorang pejabat Kepala Staf Gabungan mengatakan pada Senin (20/1/2025) bahwa sebagian tentara yang tiba pada November diduga sudah ditarik ke belakang untuk beristirahat.",
      '"Kami melihat indikasi rotasi, tetapi belum bisa memastikan berapa banyak tentara yang diganti," ujar pejabat itu kepada wartawan di Seoul.',
      "Ia menambahkan, Seoul berbagi informasi intelijen dengan Kyiv dan Washington untuk menilai skala keterlibatan Pyongyang dalam perang tersebut.",
    ]);
  });

  it("reads an old table-layout page, keeping its date line for the parser and leaving out its sidebar of links", () => {
    const text = textOf("neither-windows-1252.html", "Korut Disebut Kirim Rudal Tambahan ke Rusia");
    expect(text[0]).toBe("Kamis, 13 Maret 2025 | 10:15 WITA");
    expect(text[1]).toMatch(/^MAKASSAR, FAJARPAGI\.CO\.ID – Kepala Staf Gabungan/u);
    expect(text.join("\n")).not.toMatch(/Berita Lainnya|Jalan Poros Maros|Depan|Hak cipta/u);
  });

  it("gives only the words of a hostile page: no script, handler, address or hidden text", () => {
    const joined = textOf("hostile.html", "Korut Kirim Pasukan Baru ke Kursk").join("\n");
    expect(joined).toMatch(/^KABARJAHAT\.TEST, SEOUL - Korea Utara dilaporkan mengirim sekitar 2\.000 tentara baru/u);
    expect(joined).toContain("menggantikan unit yang mengalami kerugian besar pada Januari.");
    expect(joined).not.toMatch(/[<>]|alert|javascript|data:|onerror|cookie|Teks tersembunyi|Cari/u);
  });

  it("gives nothing for a page without an article", () => {
    expect(articleText(parsePage("<!doctype html><html><body><nav><a href='/'>Beranda</a></nav></body></html>"))).toEqual([]);
  });
});
