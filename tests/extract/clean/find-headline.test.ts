import { describe, expect, it } from "vitest";
import { loadBoilerplate } from "../../../src/extract/clean/boilerplate-lexicon.ts";
import { findHeadline, isParagraph } from "../../../src/extract/clean/find-headline.ts";
import { opensWithDateline } from "../../../src/extract/source/find-dateline.ts";

const cfg = loadBoilerplate().shapes;
const options = { isTitle: () => false, isDateline: (t: string) => opensWithDateline(t) };
const headline = (...lines: string[]) => {
  const found = findHeadline(lines, cfg, options);
  return found === null ? null : lines[found.index];
};

const BODY = "BIMA, Warta Bima - Harga cabai rawit di pasar induk naik dua kali lipat sejak pekan lalu.";

describe("findHeadline", () => {
  it("takes the headline after a section label, not the label", () => {
    expect(headline("Internasional", "Korut Kirim Pasukan Tambahan ke Kursk", BODY)).toBe("Korut Kirim Pasukan Tambahan ke Kursk");
    expect(headline("Berita Bima Hari Ini", "Harga Cabai Rawit Naik Dua Kali Lipat di Pasar Induk", BODY)).toBe("Harga Cabai Rawit Naik Dua Kali Lipat di Pasar Induk");
  });

  it("passes over site chrome and UI text", () => {
    expect(headline("KERANJANG BELANJA", "close", "Dewan Sahkan Perda Anggaran Tahun 2024", BODY)).toBe("Dewan Sahkan Perda Anggaran Tahun 2024");
    expect(headline("Stay in touch", "DUNIA", "Bupati Akui Jalan Desa Rusak Parah", BODY)).toBe("Bupati Akui Jalan Desa Rusak Parah");
    expect(headline("Simpan Artikel", "Vonis Tiga Bulan untuk Pencuri Kotak Amal", BODY)).toBe("Vonis Tiga Bulan untuk Pencuri Kotak Amal");
    expect(headline("Home / Ekonomi | ||||", "  • Beranda", "  • Ekonomi", "Harga Cabai Naik di Pasar Induk Bima", BODY)).toBe("Harga Cabai Naik di Pasar Induk Bima");
  });

  it("passes over a site name with its motto, a 'Reading:' line and breadcrumbs ending with the headline", () => {
    const lines = [
      "Warta.id - Kabar Terkini Anak Muda",
      "Reading: Harga Cabai Naik di Pasar Induk Bima",
      "Warta.id - Kabar Terkini Anak Muda > Ekonomi > Harga Cabai Naik di Pasar Induk Bima",
      "BerandaEKONOMIHarga Cabai Naik di Pasar Induk Bima",
      "Ekonomi",
      "Harga Cabai Naik di Pasar Induk Bima",
      "Redaksi Warta",
      BODY,
    ];
    expect(findHeadline(lines, cfg, options)).toEqual({ index: 5, above: [0, 1, 2, 3, 4] });
  });

  it("passes over a window title and a motto naming the site's address, and a date bar", () => {
    expect(headline("Harga Cabai Naik di Pasar Induk Bima - Wartabima.com", "Jumat, 4 Oktober 2024", "Harga Cabai Naik di Pasar Induk Bima", BODY)).toBe("Harga Cabai Naik di Pasar Induk Bima");
    expect(headline("Selamat Datang di Portal Berita www.wartabima.com, semoga bermanfaat", "Jumat, 04 Oktober 2024, Oktober 04, 2024 WIB", "Dewan Sahkan Perda Anggaran Tahun 2024", BODY)).toBe(
      "Dewan Sahkan Perda Anggaran Tahun 2024",
    );
  });

  it("takes a headline ending in a question mark before a summary in sentence case", () => {
    const summary = "Gelombang berikutnya dibuka bulan depan. Dokumen apa saja yang perlu disiapkan peserta?";
    expect(headline("PILKADA 2024", "Kuota Beasiswa Daerah Hampir Habis, Apa Syarat Gelombang Berikutnya?", summary, BODY)).toBe(
      "Kuota Beasiswa Daerah Hampir Habis, Apa Syarat Gelombang Berikutnya?",
    );
  });

  it("takes a headline opening with an interjection", () => {
    expect(headline("Wah! Harga Cabai Merah Naik Tajam", BODY)).toBe("Wah! Harga Cabai Merah Naik Tajam");
    expect(headline("Already have an account? Log In", "Harga Cabai Merah Naik Tajam di Bima", BODY)).toBe("Harga Cabai Merah Naik Tajam di Bima");
  });

  it("falls back on a short title-cased title or a short title alone above the body", () => {
    expect(headline("Korut Kirim Pasukan", BODY)).toBe("Korut Kirim Pasukan");
    expect(headline("Stay in touch", "DUNIA", BODY)).toBeNull();
    expect(headline("Judul pendek tanpa kapital", BODY)).toBe("Judul pendek tanpa kapital");
  });

  it("claims no headline where the header holds a dateline or a paragraph first", () => {
    expect(headline("Ambon, kabarmaluku.co.id", "Rapat paripurna dewan digelar di ruang sidang utama.")).toBeNull();
    expect(headline("Polisi menangkap dua orang di pasar itu.", "Dua Tersangka Masih Buron", BODY)).toBeNull();
    expect(headline("Warta.id - Kabar Terkini Anak Muda", BODY)).toBeNull();
  });

  it("takes the line equal to the front-matter title wherever it stands in the header", () => {
    const found = findHeadline(["Berita Bima Hari Ini", "Harga Cabai Naik", BODY], cfg, { ...options, isTitle: (t) => t === "Harga Cabai Naik" });
    expect(found).toEqual({ index: 1, above: [0] });
  });
});

describe("isParagraph", () => {
  it("tells a sentence or a long line from a title or a teaser cut short", () => {
    expect(isParagraph("Polisi menangkap dua orang di pasar itu.", cfg)).toBe(true);
    expect(isParagraph("Jadwal Lengkap Festival Kota Hari Ini...", cfg)).toBe(false);
    expect(isParagraph("Dua Tersangka Masih Buron", cfg)).toBe(false);
  });
});
