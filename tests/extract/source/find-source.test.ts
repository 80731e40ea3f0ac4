import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLines } from "../../../src/extract/clean/clean-lines.ts";
import { findSource } from "../../../src/extract/source/find-source.ts";

const source = (texts: string[], url?: string) => {
  const r = cleanLines(texts.map((text, i) => ({ text, line: i + 1 })));
  return findSource(r.kept, r.removed, { url });
};

describe("findSource", () => {
  it("names the outlet from the dateline first", () => {
    expect(source(["Jakarta, CNN Indonesia -- Sebanyak 64 orang tewas.", "Copyright © ANTARA 2025"], "https://www.kompas.com/x")).toMatchObject({
      outlet: "CNN Indonesia",
      outletBasis: "dateline",
      datelinePlace: "Jakarta",
    });
  });
  it("names the outlet from a byline when the dateline gives a place only", () => {
    expect(source(["Kurniawan Fadilah - detikNews", "Senin, 27 Jan 2025 07:43 WIB", "Jakarta - Polisi menangkap dua orang."])).toMatchObject({
      outlet: "detikcom",
      outletBasis: "byline",
      dateline: "Jakarta -",
      author: "Kurniawan Fadilah",
      dateLine: { text: "Senin, 27 Jan 2025 07:43 WIB", line: 2, rule: "date-line" },
    });
  });
  it("names the outlet from the footer", () => {
    expect(source(["JAKARTA - Polisi menangkap dua orang.", "Copyright © 2024 SINDOnews.com All Rights Reserved"])).toMatchObject({
      outlet: "SINDOnews",
      outletBasis: "footer",
    });
  });
  it("names an unknown outlet from its copyright line or its read-more link, not from a photo credit or a network", () => {
    const body = "Sorong - Harga ikan di Pasar Remu naik dua kali lipat sejak pekan lalu.";
    expect(source([body, "© 2025 Radar Malamoi. All rights reserved"])).toMatchObject({ outlet: "Radar Malamoi", outletBasis: "footer", outletKnown: false });
    expect(source([body, 'Baca artikel KabarRemu, "Harga Ikan Naik" selengkapnya https://kabarremu.com/x'])).toMatchObject({ outlet: "KabarRemu", outletBasis: "footer" });
    expect(source([body, "© Istimewa"]).outlet).toBeNull();
    expect(source([body, "© 2025 Tribunnews.com Network"]).outlet).toBeNull();
  });
  it("falls back on the URL", () => {
    expect(source(["Polisi menangkap dua orang."], "https://www.example.co.id/berita/1")).toMatchObject({
      outlet: "example.co.id",
      outletBasis: "url",
    });
  });
  it("gives a null outlet when nothing names it, even when the text credits a medium", () => {
    expect(source(["Pejabat Barat memberitahu BBC bahwa 1.000 tentara tewas.", "Tinggalkan komentar"])).toMatchObject({
      outlet: null,
      outletBasis: null,
      dateline: null,
    });
  });
  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }), { maxLength: 8 }), fc.option(fc.string()), (texts, url) => {
        const s = source(texts, url ?? undefined);
        expect(s.outlet === null).toBe(s.outletBasis === null);
      }),
    );
  });
  it("never throws on arbitrary removed lines, rule ids included", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string(), rule: fc.string(), line: fc.nat() })), (removed) => {
        expect(() => findSource([], removed)).not.toThrow();
      }),
    );
  });
});

describe("findSource with outlets the lexicon does not know", () => {
  it("names an unknown dateline brand as written and says it is not in the lexicon", () => {
    expect(source(["Ende, Harian Flores – Bupati meresmikan jembatan baru di desa itu."])).toMatchObject({
      outlet: "Harian Flores",
      outletBasis: "dateline",
      outletKnown: false,
      datelinePlace: "Ende",
    });
    expect(source(["Jakarta (ANTARA) – Polisi menangkap dua tersangka pencurian."])).toMatchObject({ outlet: "Antara", outletKnown: true });
  });
  it("names the site from the page's header before a footer, and uses it to split the dateline", () => {
    const s = source([
      "Warta Desa",
      "Jalan Desa Rusak Berat Setelah Hujan Deras",
      "Warta Desa Kabupaten Sleman, 12/08/2025 – Jalan desa rusak berat setelah hujan deras semalam.",
      "Warga meminta pemerintah segera memperbaiki jalan itu sebelum musim hujan tiba.",
    ]);
    expect(s).toMatchObject({ outlet: "Warta Desa", outletBasis: "dateline", datelinePlace: "Kabupaten Sleman" });
    const h = source(["Warta.id - Kabar Terkini Anak Muda", "Harga Cabai Naik di Pasar Induk Bima", "Harga cabai rawit naik dua kali lipat di pasar induk Bima.", "Redaksi Warta.id", "© 2024 WartaGroup.com"]);
    expect(h).toMatchObject({ outlet: "Warta.id", outletBasis: "header", outletKnown: false, dateline: null });
  });
  it("tells the brand from the place in a dateline by the name the page's footer gives itself", () => {
    const s = source(["Kota Bima, Kabar Bima – Warga mengeluhkan air PDAM yang keruh sejak sepekan terakhir.", "Ikuti Kabar Bima di Google News"]);
    expect(s).toMatchObject({ outlet: "Kabar Bima", outletBasis: "dateline", datelinePlace: "Kota Bima" });
  });
  it("takes a plain word of the dateline for the brand when the page names a domain after it", () => {
    const s = source(["MAKASSAR, FAJAR SULSEL - Harga beras naik di pasar tradisional Makassar pekan ini.", "Copyright © 2025 fajarsulsel.co.id"]);
    expect(s).toMatchObject({ outlet: "FAJAR SULSEL", outletBasis: "dateline", outletKnown: false, datelinePlace: "MAKASSAR" });
    expect(source(["MAKASSAR, FAJAR SULSEL - Harga beras naik di pasar tradisional Makassar pekan ini."])).toMatchObject({ outlet: null, datelinePlace: "MAKASSAR" });
  });
  it("names a site of a network by its own photo credit, not by the network's copyright", () => {
    const s = source([
      "Sidang Kasus Pencurian Kotak Amal Dipercepat di Kota Bima",
      "SURYAKITA.COM/Andi Saputra",
      "Sidang digelar di ruang sidang utama pengadilan negeri pada Selasa pagi.",
      "© 2025 KABARNUSA.com Network, bagian dari Nusa Media.",
    ]);
    expect(s).toMatchObject({ outlet: "SURYAKITA.COM", outletBasis: "byline", outletKnown: false });
  });
});
