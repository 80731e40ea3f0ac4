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
    ["Idleb, Suriah (ANTARA News) - Gubernur Idleb tewas.", "Antara", "Idleb, Suriah", "Idleb, Suriah (ANTARA News) -"],
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

  it("finds a brand dateline on the second kept line, but a place-only one only on the first", () => {
    const intro = "Sebuah paragraf pembuka tanpa dateline yang cukup panjang untuk dibaca.";
    expect(findDateline([{ text: intro, line: 1 }, { text: "Jakarta (ANTARA) - Polisi menangkap.", line: 2 }])?.outlet).toBe("Antara");
    expect(findDateline([{ text: intro, line: 1 }, { text: "JAKARTA - Polisi menangkap.", line: 2 }])).toBeNull();
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
