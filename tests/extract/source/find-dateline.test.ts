import { describe, expect, it } from "vitest";
import { findDateline } from "../../../src/extract/source/find-dateline.ts";

const first = (text: string) => findDateline([{ text, line: 7 }]);

describe("findDateline", () => {
  const forms: [string, string | null, string | null, string][] = [
    ["Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan.", "Liputan6.com", "Seoul", "Liputan6.com, Seoul -"],
    ["Liputan6.com, Jakarta Bos televisi swasta itu diperiksa.", "Liputan6.com", "Jakarta", "Liputan6.com, Jakarta"],
    ["Liputan6.com, Kuala Lumpur Pemerintah Malaysia menolak.", "Liputan6.com", "Kuala Lumpur", "Liputan6.com, Kuala Lumpur"],
    ["KIEV, KOMPAS.TV - Ukraina menangkap dua tentara.", "KompasTV", "KIEV", "KIEV, KOMPAS.TV -"],
    ["JAKARTA, KOMPAS.com – Pemerintah memperpanjang PPKM.", "Kompas.com", "JAKARTA", "JAKARTA, KOMPAS.com –"],
    ["Jakarta, CNN Indonesia -- Sebanyak 64 orang tewas.", "CNN Indonesia", "Jakarta", "Jakarta, CNN Indonesia --"],
    ["TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi memeriksa.", "Tempo", "Jakarta", "TEMPO.CO, Jakarta -"],
    ["TEMPO.CO , Jakarta--Jantung pemberantasan korupsi.", "Tempo", "Jakarta", "TEMPO.CO , Jakarta--"],
    ["Jakarta (ANTARA) – Polres Metro Jakarta Timur menangkap.", "Antara", "Jakarta", "Jakarta (ANTARA) –"],
    ["Idleb, Suriah (ANTARA News) - Gubernur Idleb tewas.", "Antara", "Idleb", "Idleb, Suriah (ANTARA News) -"],
    ["TRIBUNNEWS.COM. JAKARTA - Presiden Direktur BCA berbicara.", "Tribunnews.com", "JAKARTA", "TRIBUNNEWS.COM. JAKARTA -"],
    ["REPUBLIKA.CO.ID, JAKARTA -- Hari ini KPK memeriksa saksi.", "Republika", "JAKARTA", "REPUBLIKA.CO.ID, JAKARTA --"],
    ["Metrotvnews.com, Jakarta: Pimpinan KPK bertemu.", "Metrotvnews.com", "Jakarta", "Metrotvnews.com, Jakarta:"],
    ["Seoul: Pada Kamis, 27 Februari 2025, NIS mengungkapkan.", null, "Seoul", "Seoul:"],
    ["Bisnis.com, JAKARTA — Harga minyak naik.", "Bisnis.com", "JAKARTA", "Bisnis.com, JAKARTA —"],
    ["Jakarta, Beritasatu.com – Pemerintah menaikkan anggaran.", "Beritasatu.com", "Jakarta", "Jakarta, Beritasatu.com –"],
    ["Suara.com - Tembok MTsN 19 Jakarta jebol.", "Suara.com", null, "Suara.com -"],
    ["jpnn.com - JAKARTA - Ketua DPR meminta pemerintah bertindak.", "JPNN.com", "JAKARTA", "jpnn.com - JAKARTA -"],
    ["Langkat, tvOnenews.com - Polisi menggerebek gudang.", "tvOnenews.com", "Langkat", "Langkat, tvOnenews.com -"],
    ["VIVA – Ada beberapa berita yang menarik.", "VIVA", null, "VIVA –"],
    ["JAKARTA - Dua orang dikabarkan tewas dalam ledakan.", null, "JAKARTA", "JAKARTA -"],
    ["Jakarta - Wakil Gubernur DKI Jakarta Sandiaga Uno berbicara.", null, "Jakarta", "Jakarta -"],
    ["GELORA.CO  – Presiden berbicara di Istana.", "Gelora.co", null, "GELORA.CO  –"],
    ["BERITAKITA.CO.ID - Warga memprotes.", "BERITAKITA.CO.ID", null, "BERITAKITA.CO.ID -"],
    ["Liputan6.com, Rio de Janeiro - Polisi Brasil menangkap.", "Liputan6.com", "Rio de Janeiro", "Liputan6.com, Rio de Janeiro -"],
    ["WASHINGTON, VOA Indonesia - Pentagon mengonfirmasi korban.", "VOA Indonesia", "WASHINGTON", "WASHINGTON, VOA Indonesia -"],
  ];
  for (const [text, outlet, place, dateline] of forms) {
    it(`reads ${JSON.stringify(dateline)} as outlet ${String(outlet)}, place ${String(place)}`, () => {
      const d = first(text);
      expect(d).not.toBeNull();
      expect([d!.outlet, d!.place, d!.text]).toEqual([outlet, place, dateline]);
    });
  }

  it("says where the body starts after the dateline", () => {
    const text = "Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan.";
    const d = first(text)!;
    expect(d.end).toEqual({ line: 7, offset: 22 });
    expect(text.slice(d.end.offset)).toMatch(/^Badan intelijen/);
  });

  it("counts the offset in the line as given, leading spaces included", () => {
    const d = first("  Seoul: Pada Kamis NIS berbicara.")!;
    expect(d.end.offset).toBe(9);
  });

  it("finds the dateline of a detik body whose place stands alone on the first line", () => {
    const d = findDateline([
      { text: "Jakarta -", line: 3 },
      { text: "Wakil Gubernur DKI Jakarta Sandiaga Uno berbicara.", line: 4 },
    ]);
    expect(d).toMatchObject({ text: "Jakarta -", place: "Jakarta", end: { line: 3, offset: 9 } });
  });

  it("finds a brand dateline below a paragraph, a place in capitals before a dash too, but a title-case place only on the first paragraph", () => {
    const intro = "Sebuah paragraf pembuka tanpa dateline yang cukup panjang untuk dibaca.";
    expect(findDateline([{ text: intro, line: 1 }, { text: "Jakarta (ANTARA) - Polisi menangkap.", line: 2 }])?.outlet).toBe("Antara");
    expect(findDateline([{ text: intro, line: 1 }, { text: "JAKARTA - Polisi menangkap dua orang.", line: 2 }])?.place).toBe("JAKARTA");
    expect(findDateline([{ text: intro, line: 1 }, { text: "Jakarta - Polisi menangkap dua orang.", line: 2 }])).toBeNull();
    expect(findDateline([{ text: intro, line: 1 }, { text: "Jakarta: Polisi menangkap dua orang.", line: 2 }])).toBeNull();
  });

  it("does not take a sentence with a dash for a dateline", () => {
    expect(first("Keberhasilan Ukraina merebut puluhan pemukiman perbatasan - pertama kalinya pasukan asing.")).toBeNull();
  });

  it("does not take a speaker before a colon for a dateline", () => {
    expect(first("Presiden Zelensky: Kami siap berperang.")).toBeNull();
    expect(first("Tanya: Berapa tentara yang tewas?")).toBeNull();
  });

  it("gives null for a body without a dateline", () => {
    expect(first("Korea Utara telah mengirim lebih banyak tentara ke Rusia dan mengerahkan yang lain.")).toBeNull();
    expect(findDateline([])).toBeNull();
  });
});

describe("findDateline on the shapes of real pages", () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const read = (...texts: string[]) => {
    const d = findDateline(lines(...texts));
    return d === null ? null : { outlet: d.outlet, known: d.known, place: d.place, text: d.text };
  };

  it("names a brand in brackets after the place, known or not", () => {
    expect(read("Sorong (PapuaKini) – Dinas Kesehatan mencatat kenaikan kasus malaria.")).toEqual({ outlet: "PapuaKini", known: false, place: "Sorong", text: "Sorong (PapuaKini) –" });
    expect(read("BATAM (batamwarta.co.id) - Harga cabai naik di pasar tradisional.")).toMatchObject({ outlet: "batamwarta.co.id", place: "BATAM" });
    expect(read("Kupang (Flores Terkini) – Hujan deras merendam puluhan rumah warga.")).toMatchObject({ outlet: "Flores Terkini", place: "Kupang" });
    expect(read("SAMPIT (Kabar): Harga gabah naik di tingkat petani.")).toMatchObject({ outlet: "Kabar", place: "SAMPIT" });
  });

  it("names an unknown brand standing after the place when it is shaped like a brand", () => {
    expect(read("Ende, Harian Flores – Bupati meresmikan jembatan baru.")).toMatchObject({ outlet: "Harian Flores", known: false, place: "Ende" });
    expect(read("Sanggau, KalbarOne - Polisi menangkap pengedar narkoba.")).toMatchObject({ outlet: "KalbarOne", place: "Sanggau" });
    expect(read("Tuban, TBN- DPRD menggelar rapat paripurna anggaran.")).toMatchObject({ outlet: "TBN", place: "Tuban" });
    expect(read("Idleb, Suriah - Pasukan pemerintah menyerang kota itu.")).toMatchObject({ outlet: null, place: "Idleb" });
  });

  it("reads a brand followed by its place and a second mark", () => {
    expect(read("KABARSULSEL.COM | Makassar - Ribuan warga memadati lapangan.")).toMatchObject({ outlet: "KABARSULSEL.COM", place: "Makassar", text: "KABARSULSEL.COM | Makassar -" });
    expect(read("BERITAKITA.CO.ID - MEDAN. Polisi menangkap dua pencuri motor.")).toMatchObject({ outlet: "BERITAKITA.CO.ID", place: "MEDAN", text: "BERITAKITA.CO.ID - MEDAN." });
    expect(read("Warta Nusantara. Tokyo, Jepang 3 Maret 2025 — Gempa mengguncang wilayah itu.")).toMatchObject({ outlet: "Warta Nusantara", place: "Tokyo" });
  });

  it("splits a brand run into its place by the site name the page's header gave", () => {
    const text = "Warta Desa Kabupaten Sleman, 12/08/2025 – Jalan desa rusak berat setelah hujan.";
    expect(findDateline([{ text, line: 4 }], { pageBrands: ["Warta Desa"] })).toMatchObject({ outlet: "Warta Desa", known: false, place: "Kabupaten Sleman" });
    expect(findDateline([{ text, line: 4 }])).toMatchObject({ outlet: "Warta Desa Kabupaten Sleman", place: null });
  });

  it("names a site of a network by its own name, not the network's", () => {
    expect(read("TRIBUNKALTIM.COM - Banjir merendam ratusan rumah di Samarinda.")).toMatchObject({ outlet: "TRIBUNKALTIM.COM", known: false, place: null });
    expect(read("TRIBUNMALUKU.CO.ID, AMBON - Banjir merendam ratusan rumah.")).toMatchObject({ outlet: "TRIBUNMALUKU.CO.ID", place: "AMBON" });
  });

  it("reads a brand alone when it is shaped like one, and a place alone otherwise", () => {
    expect(read("Sorong24 – Penerimaan siswa baru kembali menuai polemik.")).toMatchObject({ outlet: "Sorong24", place: null });
    expect(read("RADAR SORONG – Penerimaan siswa baru kembali menuai polemik.")).toMatchObject({ outlet: "RADAR SORONG", place: null });
    expect(read("LOMBOK TIMUR | Dewan menggelar rapat paripurna hari ini.")).toMatchObject({ outlet: null, place: "LOMBOK TIMUR" });
  });

  it("reads a dateline standing alone on its line, with no mark after it", () => {
    expect(read("Ambon, kabarmaluku.co.id", "Rapat paripurna dewan digelar di ruang sidang utama.")).toMatchObject({ outlet: "kabarmaluku.co.id", place: "Ambon" });
    expect(read("Kupang-Timorkini.com", "Kontingen NTT meraih dua medali emas.")).toMatchObject({ outlet: "Timorkini.com", place: "Kupang" });
    expect(read("Reza Pratama Suarakita.com", "Polisi menangkap dua pencuri motor di pasar.")).toBeNull();
  });

  it("reads an unknown domain and a comma opening the body as the brand, with no place", () => {
    expect(read("wartakota-bima.com, Maling Motor Diciduk Saat Dorong Curian di Pasar! Kisah unik datang dari Bima.")).toMatchObject({
      outlet: "wartakota-bima.com",
      place: null,
      text: "wartakota-bima.com,",
    });
    expect(read("Polisi, warga dan tentara bergotong royong membersihkan sungai di Bima.")).toBeNull();
  });

  it("takes a dash mangled by a wrong encoding for a dash", () => {
    expect(read("Manado, SulutOne โ Polisi menangkap dua pencuri.")).toMatchObject({ outlet: "SulutOne", place: "Manado" });
  });

  it("finds the dateline below a header of teasers, a summary and photo captions", () => {
    const d = read(
      "- Bupati meresmikan jembatan",
      "- Warga menyambut gembira",
      "Jembatan baru itu menghubungkan dua desa yang selama ini terpisah sungai.",
      "Bupati menggunting pita peresmian jembatan di Desa Sukamaju, Senin. (Dok. Istimewa)",
      "Ende, Harian Flores – Bupati meresmikan jembatan baru.",
    );
    expect(d).toMatchObject({ outlet: "Harian Flores", place: "Ende" });
  });

  it("prefers a brand dateline to a caption opening with a word and a colon", () => {
    const d = read(
      "BANJIR : Warga mengungsi ke masjid di Kecamatan Wolio, Senin siang. (kabarbuton.com / Andi)",
      "BAUBAU, kabarbuton.com - Banjir merendam ratusan rumah warga di Baubau.",
    );
    expect(d).toMatchObject({ outlet: "kabarbuton.com", place: "BAUBAU" });
  });

  it("finds a dateline glued after a timestamp or a caption's credit", () => {
    expect(read("Kompas regional | 3 Maret 2025, 09:10 WIBMEDAN, KOMPAS.TV - Polisi menangkap dua orang.")).toMatchObject({ outlet: "KompasTV", place: "MEDAN", text: "MEDAN, KOMPAS.TV -" });
    expect(read("Petugas memadamkan api di pasar (foto/ist) SAMPIT – Kebakaran melanda pasar tradisional.")).toMatchObject({ outlet: null, place: "SAMPIT", text: "SAMPIT –" });
    expect(read("MENUNGGU PEMBELI: Pedagang sayur di Pasar Baru menunggu pembeli. SAMPIT - Harga cabai naik menjelang Natal.")).toMatchObject({ outlet: null, place: "SAMPIT", text: "SAMPIT -" });
  });

  it("tells a site name and its motto from a brand dateline whose lead lacks its full stop", () => {
    expect(read("Warta.id - Kabar Terkini Anak Muda Nusantara")).toBeNull();
    expect(read("WARTABIMA.COM - Tim sepak bola kota itu kalah dari tim tamu di stadion utama, Jumat (7/6/2019)")).toMatchObject({ outlet: "WARTABIMA.COM" });
  });

  it("takes no caption label or speaker named after the country for a brand before a colon", () => {
    expect(read("TIMNAS INDONESIA: Para pemain berlatih di stadion utama kota itu pada Senin sore.")?.outlet ?? null).toBeNull();
    expect(read("Presiden Indonesia: Kita harus bersatu menghadapi krisis ini.")).toBeNull();
  });

  it("takes no organisation, speaker or title for a dateline", () => {
    expect(read("Badan Intelijen Nasional (NIS): Korea Utara mengirim pasukan tambahan.")).toBeNull();
    expect(read("Asosiasi Pedagang Pasar (APPSI) - organisasi pedagang terbesar - menilai kenaikan itu wajar.")).toBeNull();
    const intro = "Pasar induk di Kota Bima sudah lama rusak dan tidak layak digunakan oleh pedagang.";
    expect(read(intro, "Wakil Ketua DPRD (Fraksi Golkar) – yang juga warga setempat – meminta pemerintah bertindak.")).toBeNull();
    expect(read("Gubernur: Kami Siap Hadapi Musim Kemarau")).toBeNull();
  });
});
