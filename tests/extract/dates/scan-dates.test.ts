import { describe, expect, it } from "vitest";
import type { DateExpression } from "../../../src/extract/dates/date-expression.ts";
import { scanDates } from "../../../src/extract/dates/scan-dates.ts";

/** The one date expression of a text (fails when there is not exactly one). */
function one(text: string): DateExpression {
  const found = scanDates(text);
  expect(found.map((e) => e.text)).toHaveLength(1);
  return found[0]!;
}

/** The words of every date expression of a text. */
const words = (text: string): string[] => scanDates(text).map((e) => e.text);

describe("scanDates: publication-date lines of the outlets", () => {
  it("reads Kompas.com's '27/03/2024, 06:16 WIB' to the minute", () => {
    expect(one("Kompas.com - 27/03/2024, 06:16 WIB")).toMatchObject({
      text: "27/03/2024, 06:16 WIB", year: 2024, month: 3, day: 27, hour: 6, minute: 16,
    });
  });

  it("reads detik's 'Senin, 27 Jan 2025 07:43 WIB' with its weekday", () => {
    expect(one("Kurniawan Fadilah - detikNews\nSenin, 27 Jan 2025 07:43 WIB")).toMatchObject({
      text: "Senin, 27 Jan 2025 07:43 WIB", year: 2025, month: 1, day: 27, weekday: 1, hour: 7, minute: 43,
      flags: { weekday: true },
    });
  });

  it("reads CNN Indonesia's 'Senin, 20 Des 2021 19:43 WIB'", () => {
    expect(one("Senin, 20 Des 2021 19:43 WIB")).toMatchObject({ year: 2021, month: 12, day: 20, hour: 19, minute: 43 });
  });

  it("reads Liputan6's 'Diterbitkan 22 Nov 2024, 03:02 WIB' without the word 'Diterbitkan'", () => {
    expect(one("Diterbitkan 22 Nov 2024, 03:02 WIB")).toMatchObject({
      text: "22 Nov 2024, 03:02 WIB", year: 2024, month: 11, day: 22, hour: 3, minute: 2,
    });
  });

  it("reads Tempo's 'Selasa, 8 September 2020 10:15 WIB'", () => {
    expect(one("Editor Juli Hantoro\nSelasa, 8 September 2020 10:15 WIB")).toMatchObject({ year: 2020, month: 9, day: 8, weekday: 2, hour: 10, minute: 15 });
  });

  it("reads Okezone's 'Jum'at 02 Januari 2015 14:15 WIB' with an apostrophe in the weekday", () => {
    expect(one("Jum'at 02 Januari 2015 14:15 WIB")).toMatchObject({ year: 2015, month: 1, day: 2, weekday: 5, hour: 14, minute: 15 });
  });

  it("reads SINDOnews' 'Rabu, 08 April 2015 - 17:42 WIB' with a dash before the time", () => {
    expect(one("Rabu, 08 April 2015 - 17:42 WIB")).toMatchObject({
      text: "Rabu, 08 April 2015 - 17:42 WIB", year: 2015, month: 4, day: 8, weekday: 3, hour: 17, minute: 42,
    });
  });

  it("reads Republika's 'Rabu 13 Dec 2017 22:48 WIB' with an English month abbreviation", () => {
    expect(one("Rabu 13 Dec 2017 22:48 WIB")).toMatchObject({ year: 2017, month: 12, day: 13, weekday: 3, hour: 22, minute: 48 });
  });

  it("reads Metrotvnews' '27 February 2025 16:59' with an English month name", () => {
    expect(one("Riza Aslam Khaeron • 27 February 2025 16:59")).toMatchObject({
      text: "27 February 2025 16:59", year: 2025, month: 2, day: 27, hour: 16, minute: 59,
    });
  });

  it("reads '4 May 2019 19:27' after 'N/A •'", () => {
    expect(one("N/A • 4 May 2019 19:27")).toMatchObject({ year: 2019, month: 5, day: 4, hour: 19, minute: 27 });
  });

  it("reads Hops.id's 'Senin, 3 Oktober 2022 | 09:31 WIB' with a bar before the time", () => {
    expect(one("- Senin, 3 Oktober 2022 | 09:31 WIB")).toMatchObject({ year: 2022, month: 10, day: 3, hour: 9, minute: 31 });
  });

  it("reads Pikiran Rakyat's '- 8 Januari 2022, 14:00 WIB'", () => {
    expect(one("- 8 Januari 2022, 14:00 WIB")).toMatchObject({ text: "8 Januari 2022, 14:00 WIB", hour: 14, minute: 0 });
  });

  it("reads both dates of Kompasiana's '27 Agustus 2019   15:46 Diperbarui: 27 Agustus 2019   18:39'", () => {
    const found = scanDates("27 Agustus 2019   15:46 Diperbarui: 27 Agustus 2019   18:39");
    expect(found.map((e) => [e.hour, e.minute])).toEqual([[15, 46], [18, 39]]);
  });
});

describe("scanDates: day, month and year in running text", () => {
  it("reads 'Selasa (4/2/2025)': a weekday with D/M/YYYY in brackets", () => {
    expect(one("Badan intelijen menyatakan pada Selasa (4/2/2025), tentara mundur.")).toMatchObject({
      text: "Selasa (4/2/2025)", year: 2025, month: 2, day: 4, weekday: 2, flags: { weekday: true },
    });
  });

  it("reads 'Rabu (5/2)': a weekday with D/M and no year", () => {
    const e = one("seperti dikutip dari CNA, Rabu (5/2).");
    expect(e).toMatchObject({ text: "Rabu (5/2)", month: 2, day: 5, weekday: 3 });
    expect(e.year).toBeUndefined();
  });

  it("reads 'pada hari Senin (16/12/2024)' as 'Senin (16/12/2024)'", () => {
    expect(one("Kirby mengonfirmasi informasi ini pada hari Senin (16/12/2024), setelah itu")).toMatchObject({
      text: "Senin (16/12/2024)", year: 2024, month: 12, day: 16, weekday: 1,
    });
  });

  it("reads 'Minggu (15/12)' as Sunday", () => {
    expect(one("kata lembaga itu pada Minggu (15/12).")).toMatchObject({ text: "Minggu (15/12)", weekday: 0, day: 15, month: 12 });
  });

  it("reads 'Minggu (26/1) dinihari' and 'Rabu (4/12/2024) malam' without the time of day", () => {
    expect(one("Minggu (26/1) dinihari")).toMatchObject({ text: "Minggu (26/1)", weekday: 0 });
    expect(one("Rabu (4/12/2024) malam")).toMatchObject({ text: "Rabu (4/12/2024)", year: 2024 });
  });

  it("reads 'Kamis, 27 Februari 2025'", () => {
    expect(one("Seoul: Pada Kamis, 27 Februari 2025, Badan Intelijen")).toMatchObject({
      text: "Kamis, 27 Februari 2025", year: 2025, month: 2, day: 27, weekday: 4,
    });
  });

  it("reads 'Jumat malam, 26 Mei 2017' and 'Sabtu dini hari, 29 Agustus 2020' with a time of day between weekday and date", () => {
    expect(one("kata Febri, Jumat malam, 26 Mei 2017.")).toMatchObject({ text: "Jumat malam, 26 Mei 2017", weekday: 5, day: 26, month: 5 });
    expect(one("Sabtu dini hari, 29 Agustus 2020")).toMatchObject({ weekday: 6, day: 29, month: 8, year: 2020 });
  });

  it("reads 'Rabu 20 Oktober 2021' without a comma", () => {
    expect(one("Rabu 20 Oktober 2021")).toMatchObject({ weekday: 3, day: 20, month: 10, year: 2021 });
  });

  it("reads '5 November' as a day and month without a year", () => {
    const e = one("Pada 5 November, pejabat Ukraina mengungkapkan");
    expect(e).toMatchObject({ text: "5 November", month: 11, day: 5 });
    expect(e.year).toBeUndefined();
  });

  it("reads 'Agt', 'Agu' and 'Ags' as August", () => {
    expect(scanDates("5 Agt 2024, 3 Agu 2024, 1 Ags 2024").map((e) => e.month)).toEqual([8, 8, 8]);
  });

  it("reads the old spellings 'Nopember' and 'Pebruari'", () => {
    expect(scanDates("10 Nopember 1945 dan 14 Pebruari 2020").map((e) => [e.month, e.year])).toEqual([[11, 1945], [2, 2020]]);
  });

  it("reads 'Agustus 2024' as a month of a year", () => {
    expect(one("serangan lintas perbatasan pada Agustus 2024.")).toMatchObject({ text: "Agustus 2024", month: 8, year: 2024 });
  });

  it("reads 'bulan Oktober' as a month without a year", () => {
    expect(one("kedatangan tentara Korea Utara di Rusia pada bulan Oktober, Ukraina")).toMatchObject({ text: "bulan Oktober", month: 10 });
  });

  it("reads 'pada bulan Agustus lalu' as the most recent past August", () => {
    expect(one("Pada bulan Agustus lalu, Ukraina membuat serangan")).toMatchObject({ text: "bulan Agustus lalu", month: 8, past: true });
  });

  it("reads 'Agustus lalu' as the most recent past August", () => {
    expect(one("Ukraina merebut wilayah itu pada Agustus lalu, dalam")).toMatchObject({ text: "Agustus lalu", month: 8, past: true });
  });

  it("reads a month named alone after 'pada' ('Pada Januari, NIS ...')", () => {
    expect(one("Pada Januari, NIS memperkirakan")).toMatchObject({ text: "Januari", month: 1 });
  });

  it("does not read a month name that is part of a person's name ('Juni Setiawan')", () => {
    expect(words("Juni Setiawan mengatakan hal itu")).toEqual([]);
  });

  it("reads 'pada bulan Juni 2025 ini' and 'Juni 1998'", () => {
    expect(one("pada bulan Juni 2025 ini")).toMatchObject({ month: 6, year: 2025 });
    expect(one("sejak Juni 1998")).toMatchObject({ month: 6, year: 1998 });
  });

  it("reads the English middle-endian 'February 27, 2025'", () => {
    expect(one("February 27, 2025")).toMatchObject({ month: 2, day: 27, year: 2025 });
  });
});

describe("scanDates: parts of months and years", () => {
  it("reads 'awal', 'pertengahan' and 'akhir Januari' as early, mid and late January", () => {
    expect(scanDates("awal Januari, pertengahan Januari, akhir Januari").map((e) => [e.text, e.month, e.part])).toEqual([
      ["awal Januari", 1, "early"],
      ["pertengahan Januari", 1, "mid"],
      ["akhir Januari", 1, "late"],
    ]);
  });

  it("reads 'sejak pertengahan Januari' as 'pertengahan Januari'", () => {
    expect(one("bertempur di garis depan Kursk sejak pertengahan Januari tampaknya")).toMatchObject({ text: "pertengahan Januari", part: "mid" });
  });

  it("reads 'awal Februari' as early February", () => {
    expect(one("dikerahkan kembali ke Kursk pada awal Februari setelah jeda")).toMatchObject({ text: "awal Februari", month: 2, part: "early" });
  });

  it("reads 'pertengahan Januari, 2025' with a comma before the year", () => {
    expect(one("Potret tentara yang ditahan pertengahan Januari, 2025.")).toMatchObject({ month: 1, year: 2025, part: "mid" });
  });

  it("reads 'akhir 2024' as late 2024", () => {
    expect(one("Sejak akhir 2024, diperkirakan sekitar 10.000 hingga 12.000 tentara")).toMatchObject({ text: "akhir 2024", year: 2024, part: "late" });
  });

  it("reads 'akhir November' in 'banjir bandang akhir November'", () => {
    expect(one("banjir bandang akhir November")).toMatchObject({ month: 11, part: "late" });
  });

  it("reads 'akhir tahun lalu' as late last year", () => {
    expect(one("akhir tahun lalu")).toMatchObject({ part: "late", relative: { unit: "year", amount: -1 } });
  });
});

describe("scanDates: weekdays", () => {
  it("reads an Antara-style bare weekday at the end of a sentence ('di Jakarta, Rabu.')", () => {
    expect(one("kata Kapolres Metro Jakarta Timur di Jakarta Timur, Rabu.")).toMatchObject({ text: "Rabu", weekday: 3, flags: { weekday: true } });
  });

  it("reads 'pada Kamis' as Thursday", () => {
    expect(one("Agen intelijen juga mengatakan pada Kamis bahwa tentara")).toMatchObject({ text: "Kamis", weekday: 4 });
  });

  it("reads 'Pada Senin pula' as Monday", () => {
    expect(one("Pada Senin pula, juru bicara Pentagon")).toMatchObject({ text: "Senin", weekday: 1 });
  });

  it("reads 'Senin lalu' as a past Monday and 'Senin pekan lalu' as Monday of last week", () => {
    expect(one("Senin lalu pukul 00.00")).toMatchObject({ text: "Senin lalu", weekday: 1, past: true });
    expect(one("Senin pekan lalu")).toMatchObject({ weekday: 1, relative: { unit: "week", amount: -1 } });
  });

  it("reads 'Minggu pagi' as Sunday", () => {
    expect(one("Minggu pagi")).toMatchObject({ text: "Minggu", weekday: 0 });
  });

  it("does not read a counted 'Minggu' ('2 Minggu', 'Minggu ke-3') as Sunday", () => {
    expect(scanDates("selama 2 Minggu").some((e) => e.weekday === 0)).toBe(false);
    expect(scanDates("pada Minggu ke-3 bulan itu").some((e) => e.weekday === 0)).toBe(false);
  });
});

describe("scanDates: words counted from the article's date", () => {
  it.each([
    ["tahun lalu", "year", -1],
    ["tahun ini", "year", 0],
    ["pekan lalu", "week", -1],
    ["minggu lalu", "week", -1],
    ["minggu depan", "week", 1],
    ["bulan lalu", "month", -1],
    ["kemarin", "day", -1],
    ["hari ini", "day", 0],
    ["dini hari tadi", "day", 0],
    ["dua tahun lalu", "year", -2],
    ["113 tahun lalu", "year", -113],
    ["2 minggu lalu", "week", -2],
    ["seminggu yang lalu", "week", -1],
  ])("reads '%s' as %s %d", (phrase, unit, amount) => {
    expect(one(`Hal itu terjadi ${phrase}, kata dia`)).toMatchObject({ text: phrase, relative: { unit, amount } });
  });

  it("reads lowercase 'minggu lalu' as last week, not as Sunday", () => {
    const e = one("pertemuan minggu lalu");
    expect(e.weekday).toBeUndefined();
    expect(e.relative).toEqual({ unit: "week", amount: -1 });
  });

  it("reads a sentence-opening 'Minggu lalu' as last week", () => {
    expect(one("Minggu lalu, ia datang.")).toMatchObject({ relative: { unit: "week", amount: -1 } });
  });

  it("reads 'akhir pekan' as the weekend, not the end of a week", () => {
    expect(one("tewas dalam pertempuran selama akhir pekan.")).toMatchObject({ text: "akhir pekan", relative: { unit: "weekend", amount: 0 } });
  });

  it("does not read 'beberapa tahun lalu' as last year", () => {
    expect(words("beberapa tahun lalu")).toEqual([]);
  });

  it("does not read durations ('dalam empat bulan', 'dua bulan terakhir', 'Tahun Baru') as dates", () => {
    expect(words("menderita kerugian dalam empat bulan sejak itu, dua bulan terakhir, momen Tahun Baru")).toEqual([]);
  });
});

describe("scanDates: ranges", () => {
  it("reads 'Januari hingga Februari 2025' as one range with the year on both ends", () => {
    expect(one("pada Januari hingga Februari 2025, Korea Utara")).toMatchObject({
      text: "Januari hingga Februari 2025", month: 1, year: 2025, rangeEnd: { month: 2, year: 2025 },
    });
  });

  it("reads '7-12 Maret lalu' as a day range in the most recent past March", () => {
    expect(one("7-12 Maret lalu")).toMatchObject({ day: 7, month: 3, rangeEnd: { day: 12, month: 3 }, past: true });
  });

  it("reads 'pada 20-29 Desember' as a day range", () => {
    expect(one("diperkirakan mencapai puncaknya pada 20-29 Desember")).toMatchObject({ text: "20-29 Desember", day: 20, rangeEnd: { day: 29, month: 12 } });
  });

  it("reads '5-18 Oktober 2021'", () => {
    expect(one("PPKM Diperpanjang 5-18 Oktober 2021 di Seluruh Wilayah")).toMatchObject({ day: 5, month: 10, year: 2021, rangeEnd: { day: 18, year: 2021 } });
  });

  it("reads 'periode 2025–2029' and 'sepanjang tahun 2001-2024' as year ranges", () => {
    expect(one("periode 2025–2029")).toMatchObject({ text: "2025–2029", year: 2025, rangeEnd: { year: 2029 } });
    expect(one("sepanjang tahun 2001-2024")).toMatchObject({ text: "tahun 2001-2024", year: 2001, rangeEnd: { year: 2024 } });
  });

  it("gives 'Desember hingga Februari 2025' a start in December 2024", () => {
    expect(one("Desember hingga Februari 2025")).toMatchObject({ month: 12, year: 2024, rangeEnd: { month: 2, year: 2025 } });
  });
});

describe("scanDates: years", () => {
  it("reads 'tahun 2023' and 'pada tahun 2022' with the word 'tahun'", () => {
    expect(one("pertemuan pada tahun 2023.")).toMatchObject({ text: "tahun 2023", year: 2023 });
    expect(one("melancarkan invasi pada tahun 2022.")).toMatchObject({ text: "tahun 2022", year: 2022 });
  });

  it("reads a bare year the context makes a year ('bahwa 2025 akan menjadi tahun', 'sejak 2014.')", () => {
    expect(one("Kim Jong Un mengatakan bahwa 2025 akan menjadi tahun kemenangan")).toMatchObject({ text: "2025", year: 2025 });
    expect(one("sejak 2014.")).toMatchObject({ year: 2014 });
  });

  it("does not read a count as a year ('2025 tentara', 'sebanyak 2000 orang', '1.500 hingga 2000.')", () => {
    expect(words("2025 tentara tewas")).toEqual([]);
    expect(words("sebanyak 2000 orang")).toEqual([]);
    expect(words("antara 1.500 hingga 2000.")).toEqual([]);
  });

  it("does not read the year of a regulation's name as a date ('UU Nomor 1 Tahun 2023', 'Perpres No. 5 Tahun 2024')", () => {
    expect(words("sesuai UU Nomor 1 Tahun 2023 tentang KUHP dan Perpres No. 5 Tahun 2024")).toEqual([]);
  });

  it("reads '1990-an' as the decade 1990–1999", () => {
    expect(one("sejak tahun 1990-an")).toMatchObject({ text: "tahun 1990-an", year: 1990, rangeEnd: { year: 1999 } });
  });

  it("does not read a four-digit number without context as a year ('Piala Dunia 2026')", () => {
    expect(words("Piala Dunia 2026")).toEqual([]);
  });
});

describe("scanDates: numbers that are no dates or times", () => {
  it("does not read '1.000 hingga 3.000' or '10.000-12.000' as times", () => {
    expect(words("mengirim tambahan antara 1.000 hingga 3.000 tentara dan 10.000-12.000 lainnya")).toEqual([]);
  });

  it("does not read '45.100' or a lone 'pukul 19.10 WIB' as a date", () => {
    expect(words("korban militer Ukraina sebanyak 45.100 – pada pukul 19.10 WIB")).toEqual([]);
  });

  it("joins 'pukul 19.10 WIB' to the date before it", () => {
    expect(one("Senin (27/1/2025) sekitar pukul 19.10 WIB")).toMatchObject({ hour: 19, minute: 10, text: "Senin (27/1/2025) sekitar pukul 19.10 WIB" });
  });

  it("does not join a count after a date as its time ('5 Maret 2025, 1.000 hingga 3.000 tentara')", () => {
    const e = one("5 Maret 2025, 1.000 hingga 3.000 tentara");
    expect(e.text).toBe("5 Maret 2025");
    expect(e.hour).toBeUndefined();
  });

  it("does not read thousands, decimals and ranges of counts as dates", () => {
    expect(words("sekitar 60 ribu orang, 1.060.000 hektar, 30–50 persen, 250 ribu sampai 300 ribu unit, Rp417,3 miliar")).toEqual([]);
  });

  it("does not read '24/7' or '2/3 wilayah' as days of a month", () => {
    expect(words("layanan 24/7 dan 2/3 wilayah")).toEqual([]);
  });

  it("does not read 'Perang Dunia II' as a date", () => {
    expect(words("pertama kalinya pasukan asing melintasi wilayah Rusia sejak Perang Dunia II - digambarkan")).toEqual([]);
  });
});

describe("scanDates: offsets", () => {
  it("gives the index and end of each expression in the input", () => {
    const text = "Pada Jumat (31/1), militer Ukraina mengungkap hal serupa pada Agustus 2024.";
    for (const e of scanDates(text)) expect(text.slice(e.index, e.end)).toBe(e.text);
    expect(words(text)).toEqual(["Jumat (31/1)", "Agustus 2024"]);
  });

  it("returns nothing for an empty text", () => {
    expect(scanDates("")).toEqual([]);
  });

  it("reads no date into the digits of a count before 'bulan lalu' ('48.240 bulan lalu' is not 240 months ago)", () => {
    expect(words("Korban jiwa Rusia mencapai 48.240 bulan lalu, angka tertinggi kedua.")).toEqual([]);
    expect(words("Ia pindah sekitar 5 bulan lalu.")).toEqual(["5 bulan lalu"]);
  });
});
