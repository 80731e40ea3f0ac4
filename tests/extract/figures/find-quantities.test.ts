import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuantities, type Quantity } from "../../../src/extract/figures/find-quantities.ts";

/** The only quantity of a sentence (fails when there is not exactly one). */
function only(sentence: string): Quantity {
  const found = findQuantities(sentence);
  expect(found.map((q) => q.text)).toHaveLength(1);
  return found[0] as Quantity;
}

const texts = (sentence: string) => findQuantities(sentence).map((q) => q.text);

describe("findQuantities", () => {
  describe("numbers", () => {
    it("finds '1.047 mahasiswa' with its unit and offsets", () => {
      const s = "Sebanyak 1.047 mahasiswa ikut.";
      const q = only(s);
      expect(q).toMatchObject({ text: "1.047", min: 1047, max: 1047, bound: null, unit: "mahasiswa", vague: false });
      expect(s.slice(q.index, q.end)).toBe("1.047");
      expect(s.slice(q.index, q.unitEnd)).toBe("1.047 mahasiswa");
    });
    it("finds '1,4 juta hektar' as 1,400,000 hektar", () => {
      expect(only("Lahan seluas 1,4 juta hektar terbakar.")).toMatchObject({ text: "1,4 juta", min: 1400000, unit: "hektar" });
    });
    it("finds a number in words: 'tiga tentara'", () => {
      expect(only("Ada tiga tentara di sana.")).toMatchObject({ text: "tiga", min: 3, max: 3, unit: "tentara" });
    });
    it("finds 'sepuluh ribu orang' as 10,000", () => {
      expect(only("Sepuluh ribu orang hadir.")).toMatchObject({ text: "Sepuluh ribu", min: 10000, unit: "orang" });
    });
    it("finds 'lebih dari selusin orang' as at least 12", () => {
      expect(only("lebih dari selusin orang tewas")).toMatchObject({ min: 12, max: null, bound: "lebih dari" });
    });
    it("keeps the currency with money: 'Rp417,3 miliar', 'US$25 juta'", () => {
      expect(only("anggaran Rp417,3 miliar")).toMatchObject({ text: "Rp417,3 miliar", min: 417300000000, unit: "rp" });
      expect(only("bantuan US$25 juta")).toMatchObject({ text: "US$25 juta", min: 25000000, unit: "us$" });
    });
    it("reads '30%' with the unit '%' and '30 persen' with 'persen'", () => {
      expect(only("naik 30% tahun ini")).toMatchObject({ text: "30", unit: "%" });
      expect(only("naik 30 persen")).toMatchObject({ text: "30", unit: "persen" });
    });
    it("reads a multi-word unit: '30 km persegi'", () => {
      expect(only("merebut sekitar 30 km persegi wilayah")).toMatchObject({ unit: "km persegi" });
    });
    it("leaves the unit null before a function word: '2.700 lainnya', '600 yang'", () => {
      expect(findQuantities("300 tewas dan 2.700 lainnya terluka")[1]?.unit).toBeNull();
      expect(only("termasuk 600 yang kehilangan nyawa").unit).toBeNull();
    });
    it("gives context before and after the number", () => {
      const q = only("Korea Utara mengirim 3.000 tentara ke Kursk.");
      expect(q.preceding).toBe("Korea Utara mengirim ");
      expect(q.following).toBe(" tentara ke Kursk.");
    });
  });

  describe("bounds", () => {
    const lower = [
      ["lebih dari", "Korea Utara mengerahkan lebih dari 10.000 tentaranya"],
      ["setidaknya", "setidaknya 1.000 tentara tewas"],
      ["Setidaknya", "Setidaknya tiga tentara Korea Utara dilaporkan hilang"],
      ["sedikitnya", "sedikitnya 18.000 warga mengungsi"],
      ["tak kurang dari", "tak kurang dari 500 orang"],
      ["Tak kurang dari", "Tak kurang dari lima juta warga"],
      ["Di atas", "Di atas 20 KK terdampak"],
      ["paling sedikit", "paling sedikit 40 orang"],
    ] as const;
    for (const [bound, sentence] of lower) {
      it(`reads '${bound}' as a lower bound (min set, max null)`, () => {
        const q = only(sentence);
        expect(q).toMatchObject({ bound, boundKind: "lower", max: null, approximate: false });
        expect(q.min).toBeGreaterThan(0);
        expect(q.text.startsWith(bound)).toBe(true);
      });
    }

    const upper = [
      ["hampir", "hampir 300 tempat rusak", 300],
      ["kurang dari", "kurang dari 48 jam", 48],
      ["tak lebih dari", "tak lebih dari 125 orang", 125],
      ["tidak lebih dari", "tidak lebih dari 125 orang", 125],
      ["hingga", "diperkirakan hingga 12.000 tentara", 12000],
    ] as const;
    for (const [bound, sentence, max] of upper) {
      it(`reads '${bound}' as an upper bound (min null, max ${max})`, () => {
        expect(only(sentence)).toMatchObject({ bound, boundKind: "upper", min: null, max });
      });
    }

    it("reads 'sekitar 30 tentara' as about 30 (min = max, approximate)", () => {
      expect(only("sekitar 30 tentara tewas")).toMatchObject({ text: "sekitar 30", min: 30, max: 30, bound: "sekitar", boundKind: "approximate", approximate: true });
    });
    it("reads 'kira-kira' and 'kurang lebih' as approximate", () => {
      expect(only("Kira-kira 1.000 nasabah")).toMatchObject({ bound: "Kira-kira", approximate: true, min: 1000, max: 1000 });
      expect(only("kurang lebih 200 orang")).toMatchObject({ bound: "kurang lebih", approximate: true });
    });
    it("reads the '-an' suffix ('400 ribuan', '1.000-an') as approximate with no bound word", () => {
      expect(only("400 ribuan ASN")).toMatchObject({ text: "400 ribuan", min: 400000, max: 400000, bound: null, approximate: true, unit: "asn" });
      expect(only("1.000-an tentara")).toMatchObject({ text: "1.000-an", min: 1000, approximate: true, unit: "tentara" });
    });
    it("reads 'mencapai 4.000 orang' as the value reached (min = max, bound 'mencapai')", () => {
      expect(only("jumlah korban mencapai 4.000 orang")).toMatchObject({ text: "mencapai 4.000", min: 4000, max: 4000, bound: "mencapai", boundKind: "reached", approximate: false });
    });
    it("reads a bound after the number: '1.000 lebih tentara'", () => {
      expect(only("1.000 lebih tentara dikirim")).toMatchObject({ text: "1.000 lebih", min: 1000, max: null, bound: "lebih" });
    });
    it("does not read a comparison '1.000 lebih banyak' as a bound", () => {
      expect(only("1.000 lebih banyak dari tahun lalu")).toMatchObject({ text: "1.000", bound: null, max: 1000 });
    });
    it("does not read 'sekitar' before a non-number as a bound", () => {
      expect(only("di sekitar desa itu ada 30 tentara")).toMatchObject({ text: "30", bound: null });
    });
  });

  describe("ranges", () => {
    it("reads '1.000 hingga 3.000'", () => {
      expect(only("mengirim 1.000 hingga 3.000 tentara")).toMatchObject({ text: "1.000 hingga 3.000", min: 1000, max: 3000, range: true, unit: "tentara" });
    });
    it("reads a hyphen '10.000-12.000' and an en dash '10.000–12.000'", () => {
      expect(only("10.000-12.000 tentara")).toMatchObject({ min: 10000, max: 12000, range: true });
      expect(only("10.000–12.000 tentara")).toMatchObject({ min: 10000, max: 12000, range: true });
      expect(only("10.000 – 12.000 tentara")).toMatchObject({ min: 10000, max: 12000, range: true });
    });
    it("reads 'antara ... hingga ...' with 'antara' in the text", () => {
      expect(only("tambahan antara 1.000 hingga 3.000 tentara")).toMatchObject({ text: "antara 1.000 hingga 3.000", min: 1000, max: 3000, bound: null });
    });
    it("reads 'antara ... dan ...' but not a bare '300 dan 2.700'", () => {
      expect(only("antara 1.000 dan 3.000 tentara")).toMatchObject({ min: 1000, max: 3000, range: true });
      expect(texts("300 tewas dan 2.700 terluka")).toEqual(["300", "2.700"]);
      expect(texts("300 dan 2.700")).toEqual(["300", "2.700"]);
    });
    it("reads 'dari 10 hingga 20' with 'dari' in the text", () => {
      expect(only("dari 10 hingga 20 dolar")).toMatchObject({ text: "dari 10 hingga 20", min: 10, max: 20 });
    });
    it("reads '250 ribu sampai 300 ribu' with a scale on both ends", () => {
      expect(only("250 ribu sampai 300 ribu unit")).toMatchObject({ min: 250000, max: 300000, unit: "unit" });
    });
    it("applies a scale on the second end to both: '10 hingga 20 ribu'", () => {
      expect(only("10 hingga 20 ribu orang")).toMatchObject({ min: 10000, max: 20000 });
    });
    it("reads a range with a bound: 'sekitar 10.000 hingga 12.000'", () => {
      expect(only("sekitar 10.000 hingga 12.000 tentara")).toMatchObject({ text: "sekitar 10.000 hingga 12.000", min: 10000, max: 12000, approximate: true, bound: "sekitar" });
    });
    it("reads 'dua atau tiga tentara' as 2–3", () => {
      expect(only("dua atau tiga tentara")).toMatchObject({ min: 2, max: 3, range: true });
    });
    it("reads '30–50 persen' as a range of percentages", () => {
      expect(only("30–50 persen")).toMatchObject({ min: 30, max: 50, unit: "persen" });
    });
    it("refuses a reversed range '30-5' and keeps its first number only", () => {
      expect(findQuantities("skor 30-5 tentara").map((q) => [q.text, q.range])).toEqual([["30", false]]);
    });
  });

  describe("magnitude words", () => {
    const vague = [
      ["belasan", 11, 19],
      ["puluhan", 10, 99],
      ["ratusan", 100, 999],
      ["ribuan", 1000, 9999],
      ["jutaan", 1000000, 9999999],
      ["puluhan ribu", 10000, 99999],
      ["ratusan ribu", 100000, 999999],
      ["ratusan-ribuan", 100, 9999],
    ] as const;
    for (const [word, min, max] of vague) {
      it(`reads '${word}' as ${min}–${max}, vague`, () => {
        expect(only(`${word} warga`)).toMatchObject({ text: word, min, max, vague: true, unit: "warga" });
      });
    }
    it("reads a capitalised headline word 'Ratusan Tentara'", () => {
      expect(only("Ratusan Tentara Korea Utara Tewas")).toMatchObject({ text: "Ratusan", min: 100, max: 999, vague: true, unit: "tentara" });
    });
    it("reads 'ratusan hingga ribuan' as 100–9,999", () => {
      expect(only("ratusan hingga ribuan orang")).toMatchObject({ min: 100, max: 9999, vague: true, range: true });
    });
    it("reads 'lebih dari ratusan' as at least 100", () => {
      expect(only("lebih dari ratusan orang")).toMatchObject({ min: 100, max: null, vague: true });
    });
    it("does not read 'beberapa', 'sejumlah' or 'banyak' as numbers", () => {
      expect(findQuantities("beberapa tentara, sejumlah tentara dan banyak tentara")).toEqual([]);
    });
  });

  describe("what is not a quantity", () => {
    const none = [
      ["a date with a weekday", "pada Selasa (4/2/2025) dan Rabu (5/2)"],
      ["a day and month", "pada 27 Februari 2025"],
      ["a day and month range", "pada 7-12 Maret lalu dan 5-18 Oktober 2021"],
      ["a day with an English month", "27 February 2025 16:59"],
      ["a year after 'tahun'", "pada tahun 2023 dan Juni 2024"],
      ["a bare year", "2025 akan menjadi tahun kemenangan"],
      ["a range of years", "periode 2025–2029"],
      ["a time after 'pukul'", "pukul 19.10 WIB"],
      ["a time with a colon", "16:59"],
      ["a time before WIB", "mulai 16.00 WIB"],
      ["a Roman ordinal", "sejak Perang Dunia II"],
      ["an ordinal 'ke-2'", "hari ke-2 pertempuran"],
      ["a name with digits", "S1 dan S2 di Liputan6.com"],
      ["a desk code", "(G003/T008)"],
      ["a disease name", "pandemi Covid-19"],
      ["'salah satu'", "Salah satu alasan untuk ini"],
      ["'setengah' alone", "setengah hari"],
    ] as const;
    for (const [what, sentence] of none) {
      it(`finds nothing in ${what}: '${sentence}'`, () => {
        expect(findQuantities(sentence)).toEqual([]);
      });
    }
    it("keeps a four-digit count before a people noun: '2000 tentara'", () => {
      expect(only("mengirim 2000 tentara")).toMatchObject({ min: 2000 });
    });
    it("still reads a year before a people noun after 'pada' or a month: 'pada 2024 tentara'", () => {
      expect(findQuantities("pada 2024 tentara Korea Utara tiba")).toEqual([]);
      expect(findQuantities("sejak Oktober 2024 pasukan Korea Utara bertempur")).toEqual([]);
    });
    it("finds the count but not the date in one sentence", () => {
      expect(texts("Pada 5 November, 300 tentara tiba di Kursk (16/12/2024).")).toEqual(["300"]);
    });
  });

  describe("properties", () => {
    const sane = (qs: Quantity[], s: string) =>
      qs.every(
        (q) =>
          (q.min === null || (Number.isFinite(q.min) && q.min >= 0)) &&
          (q.max === null || (Number.isFinite(q.max) && q.max >= 0)) &&
          (q.min === null || q.max === null || q.min <= q.max) &&
          (q.min !== null || q.max !== null) &&
          s.slice(q.index, q.end) === q.text &&
          q.index < q.end &&
          q.end <= q.unitEnd,
      );

    it("never throws and returns sane quantities on any string", () => {
      fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => sane(findQuantities(s), s)));
    });

    it("returns sane quantities on sentences built from number-like parts", () => {
      const part = fc.constantFrom(
        "sekitar", "lebih dari", "hampir", "mencapai", "antara", "dari", "hingga", "dan", "-", "–", "atau",
        "1.000", "12.000", "2,5", "juta", "ribu", "ribuan", "ratusan", "puluhan", "tiga", "seribu", "setengah",
        "tentara", "lainnya", "yang", "Rp", "%", "(4/2)", "2024", "pukul", "19.10", "lebih", "ke-2", "an", "9".repeat(30),
      );
      fc.assert(
        fc.property(fc.array(part, { maxLength: 14 }), fc.constantFrom(" ", "", ", "), (parts, sep) => {
          const s = parts.join(sep);
          return sane(findQuantities(s), s);
        }),
      );
    });

    it("returns quantities in order without overlap", () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 80 }), (s) => {
          const qs = findQuantities(s);
          return qs.every((q, i) => i === 0 || (qs[i - 1] as Quantity).end <= q.index);
        }),
      );
    });

    it("completes on a 200,000-character line", () => {
      const unit = "sekitar 10.000 hingga 12.000 tentara Korea Utara tewas, 4/2/2025 ratusan-ribuan 1.000-an ";
      const line = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
      const qs = findQuantities(line);
      expect(qs.length).toBeGreaterThan(4000);
      expect(sane(qs, line)).toBe(true);
      expect(findQuantities("9".repeat(200_000))).toEqual([]);
      expect(findQuantities("1.".repeat(100_000))).toBeInstanceOf(Array);
      expect(findQuantities("a-".repeat(100_000))).toEqual([]);
      expect(findQuantities(" ".repeat(200_000))).toEqual([]);
    });
  });
});
