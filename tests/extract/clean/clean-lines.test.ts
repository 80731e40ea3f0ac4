import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLines } from "../../../src/extract/clean/clean-lines.ts";
import type { Line } from "../../../src/extract/clean/line.ts";

const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ text, line: i + 1 }));
const rules = (r: ReturnType<typeof cleanLines>) => r.removed.map((x) => [x.line, x.rule]);

const P1 = "Jakarta (ANTARA) – Polres Metro Jakarta Timur menangkap dua tersangka pencurian pada Rabu malam.";
const P2 = "Kapolres mengatakan kedua tersangka kini ditahan di Mapolres untuk pemeriksaan lebih lanjut.";

describe("cleanLines", () => {
  it("takes a window title's headline without the site's name, and removes the name", () => {
    const r = cleanLines(lines("Jalan Lintas Selatan Ambles, Truk Dialihkan | Garut Today", "GARUT - Jalan lintas selatan ambles sepanjang 20 meter pada Senin malam.", P2));
    expect(r.headline).toEqual({ text: "Jalan Lintas Selatan Ambles, Truk Dialihkan", line: 1 });
    expect(r.removed).toEqual([{ text: "Garut Today", rule: "title-site-name", line: 1 }]);
  });

  it("drops 'Baca Juga' standing alone together with the linked headline on the next line", () => {
    const r = cleanLines(lines(P1, "Baca Juga", "Polisi Tangkap Komplotan Pencuri Motor di Bekasi", P2));
    expect(rules(r)).toEqual([[2, "related-marker"], [3, "related-marker"]]);
    expect(r.kept.map((k) => k.line)).toEqual([1, 4]);
  });

  it("drops 'Baca Juga' but keeps an article sentence on the next line", () => {
    const r = cleanLines(lines(P1, "Baca Juga", "Pada Jumat (31/1), militer Ukraina mengungkap hal serupa kepada wartawan.", P2));
    expect(rules(r)).toEqual([[2, "related-marker"]]);
    expect(r.kept.map((k) => k.line)).toEqual([1, 3, 4]);
  });

  it("drops 'Baca juga: <headline>' on one line", () => {
    const r = cleanLines(lines(P1, "Baca juga: Kasus Covid-19 Melonjak, Anies Siapkan Paket Kebijakan Baru", P2));
    expect(rules(r)).toEqual([[2, "related-link"]]);
  });

  it("strips editor initials that end a paragraph and records them", () => {
    const r = cleanLines(lines(P1, '"Kami masuk sini lagi," kata Ahok ke wartawan. (dnu/hri)'));
    expect(r.kept[1]).toEqual({ text: '"Kami masuk sini lagi," kata Ahok ke wartawan.', line: 2 });
    expect(r.removed).toEqual([{ text: "(dnu/hri)", rule: "desk-code-suffix", line: 2 }]);
  });

  it("drops editor initials standing on their own line", () => {
    expect(rules(cleanLines(lines(P1, P2, "(isa/isa)")))).toEqual([[3, "desk-code"]]);
  });

  it("keeps 'Hingga berita ini diturunkan' sentences: they are content", () => {
    const r = cleanLines(lines(P1, "Hingga berita ini diturunkan, polisi belum merilis identitas korban."));
    expect(r.removed).toEqual([]);
  });

  it("takes a title-shaped first line as the headline and removes its repeat", () => {
    const r = cleanLines(lines("Polisi Tangkap Dua Pencuri di Jakarta Timur", P1, "Polisi tangkap dua pencuri di Jakarta Timur", P2));
    expect(r.headline).toEqual({ text: "Polisi Tangkap Dua Pencuri di Jakarta Timur", line: 1 });
    expect(rules(r)).toEqual([[3, "repeated-title"]]);
    expect(r.kept.map((k) => k.line)).toEqual([2, 4]);
  });

  it("does not take a dateline paragraph as the headline", () => {
    expect(cleanLines(lines(P1, P2)).headline).toBeNull();
  });

  it("removes the page's header above the headline and keeps what stands between it and the body", () => {
    const r = cleanLines(lines("Warta.id - Kabar Terkini Anak Muda", "  • Beranda", "Internasional", "Korut Kirim Pasukan Tambahan ke Kursk", "Redaksi Warta", P1));
    expect(r.headline).toEqual({ text: "Korut Kirim Pasukan Tambahan ke Kursk", line: 4 });
    expect(rules(r)).toEqual([[1, "page-header"], [2, "page-header"], [3, "page-header"]]);
    expect(r.kept.map((k) => k.line)).toEqual([5, 6]);
  });

  it("takes the headline without a timestamp glued to its end, which dates the article", () => {
    const r = cleanLines(lines("Beranda / Daerah | |||", "Hujan Lebat Guyur Kota Bima Rabu, 12/03/2025 | 10:15 | ||||", P1));
    expect(r.headline).toEqual({ text: "Hujan Lebat Guyur Kota Bima", line: 2 });
    expect(r.removed).toEqual([
      { text: "Beranda / Daerah | |||", rule: "page-header", line: 1 },
      { text: "Rabu, 12/03/2025 | 10:15 | ||||", rule: "headline-timestamp", line: 2 },
    ]);
  });

  it("takes neither a 'Laporan Wartawan' credit nor a dateline standing alone for the headline", () => {
    const credit = cleanLines(lines("Laporan Wartawan Wartakita.com, Andi Saputra", "WARTAKITA.COM, AMBON -- Harga cabai naik dua kali lipat di pasar."));
    expect(credit.headline).toBeNull();
    expect(rules(credit)).toEqual([[1, "byline-report-of"]]);
    expect(cleanLines(lines("Ambon, kabarmaluku.co.id", "Rapat paripurna dewan digelar di ruang sidang utama.")).headline).toBeNull();
  });

  it("uses the front-matter title: the first line equal to it is the headline, later ones are repeats", () => {
    const title = "Korea Utara mengirimkan lebih banyak tentara ke Rusia.";
    const r = cleanLines(lines(title, P1, title), { title });
    expect(r.headline?.line).toBe(1);
    expect(rules(r)).toEqual([[3, "repeated-title"]]);
  });

  it("removes a repeat of the front-matter title even when no headline stands first", () => {
    const r = cleanLines(lines(P1, "Polisi Tangkap Dua Pencuri", P2), { title: "Polisi Tangkap Dua Pencuri" });
    expect(rules(r)).toEqual([[2, "repeated-title"]]);
  });

  it("reports a subheading between two paragraphs as an index into kept", () => {
    const r = cleanLines(lines(P1, "Dua Tersangka Masih Buron", P2));
    expect(r.subheadings).toEqual([1]);
  });

  it("takes the name after an 'Editor' label as part of the byline", () => {
    const r = cleanLines(lines(P1, "Reporter", "Imam Hamdi", "Editor", "Juli Hantoro", P2));
    expect(rules(r)).toEqual([
      [2, "byline-author-alone"],
      [3, "byline-author-alone"],
      [4, "byline-editor-alone"],
      [5, "byline-editor-alone"],
    ]);
  });

  it("removes whitespace-only lines as blank lines", () => {
    expect(rules(cleanLines(lines(P1, "\u00a0 \u200b", P2)))).toEqual([[2, "blank-line"]]);
  });

  it("drops the page furniture of several outlets", () => {
    const furniture = [
      "Advertisement",
      "SCROLL TO CONTINUE WITH CONTENT",
      "Kurniawan Fadilah - detikNews",
      "Senin, 27 Jan 2025 07:43 WIB",
      "Kompas.com - 27/03/2024, 06:16 WIB",
      "Penulis: iwan Arifianto | Editor: muslimah",
      "2 dari 4 halaman",
      "Copyright © ANTARA 2025",
      "Sumber: Al Jazeera",
      "Foto: Republika/Yogi Ardhi",
      "- VIVA/M Ali Wafa",
      "Follow Berita Okezone di Google News",
      "Loading comments...",
    ];
    const r = cleanLines(lines(P1, ...furniture, P2));
    expect(r.removed.map((x) => x.text)).toEqual(furniture);
    expect(r.kept.map((k) => k.text)).toEqual([P1, P2]);
  });

  it("never throws on arbitrary lines, and accounts for every line", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 12 }), fc.option(fc.string()), (texts, title) => {
        const r = cleanLines(lines(...texts), { title });
        const seen = new Set([...r.kept, ...r.removed, ...(r.headline ? [r.headline] : [])].map((l) => l.line));
        expect(seen.size).toBe(texts.length);
        for (const i of r.subheadings) expect(r.kept[i]).toBeDefined();
      }),
    );
  });
});
