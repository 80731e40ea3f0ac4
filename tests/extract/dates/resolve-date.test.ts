import { describe, expect, it } from "vitest";
import type { DateExpression } from "../../../src/extract/dates/date-expression.ts";
import { isFullySpecified, resolveDate } from "../../../src/extract/dates/resolve-date.ts";
import { scanDates } from "../../../src/extract/dates/scan-dates.ts";
import { Mention } from "../../../src/schema/entry.ts";

/** The one expression scanned from a text. */
function expr(text: string): DateExpression {
  const found = scanDates(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Resolve the one expression of a text against a reference day. */
const at = (text: string, date: string | null) => resolveDate(expr(text), date === null ? null : { date });

describe("resolveDate: fully written dates", () => {
  it("resolves 'Selasa (4/2/2025)' without a reference", () => {
    expect(at("Selasa (4/2/2025)", null)).toEqual({
      iso: "2025-02-04", precision: "day", start: "2025-02-04", end: "2025-02-04", inferred: false, relative: false, weekday: true,
    });
  });

  it("keeps the time of '27 February 2025 16:59' in a minute-precision iso", () => {
    expect(at("27 February 2025 16:59", null)).toMatchObject({ iso: "2025-02-27T16:59", precision: "minute", start: "2025-02-27", end: "2025-02-27" });
  });

  it("resolves 'Agustus 2024' to the whole month", () => {
    expect(at("Agustus 2024", null)).toMatchObject({ iso: "2024-08", precision: "month", start: "2024-08-01", end: "2024-08-31" });
  });

  it("resolves 'akhir 2024' to late 2024 (September to December)", () => {
    expect(at("sejak akhir 2024", null)).toMatchObject({ iso: "2024", precision: "late-year", start: "2024-09-01", end: "2024-12-31" });
  });

  it("resolves 'pertengahan Januari, 2025' to days 11–20", () => {
    expect(at("pertengahan Januari, 2025", null)).toMatchObject({ iso: "2025-01", precision: "mid-month", start: "2025-01-11", end: "2025-01-20" });
  });

  it("resolves 'Januari hingga Februari 2025' to a month range", () => {
    expect(at("Januari hingga Februari 2025", null)).toMatchObject({ iso: "2025-01/2025-02", precision: "month-range", start: "2025-01-01", end: "2025-02-28" });
  });

  it("resolves '5-18 Oktober 2021' to a day range", () => {
    expect(at("5-18 Oktober 2021", null)).toMatchObject({ iso: "2021-10-05/2021-10-18", precision: "day-range", start: "2021-10-05", end: "2021-10-18" });
  });

  it("resolves 'periode 2025–2029' to a year range", () => {
    expect(at("periode 2025–2029", null)).toMatchObject({ iso: "2025/2029", precision: "year-range", start: "2025-01-01", end: "2029-12-31" });
  });

  it("resolves 'tahun 2023' to a year", () => {
    expect(at("tahun 2023", null)).toMatchObject({ iso: "2023", precision: "year", inferred: false, relative: false });
  });
});

describe("resolveDate: partial dates go into the past from the reference", () => {
  it("puts 'Rabu (5/2)' in the reference year when that is not after the reference", () => {
    expect(at("Rabu (5/2)", "2025-02-27")).toMatchObject({ iso: "2025-02-05", inferred: true, weekday: true, relative: false });
  });

  it("puts '(5/2)' in the year before when the reference year would be after the reference", () => {
    expect(at("Rabu (5/2)", "2025-01-10")).toMatchObject({ iso: "2024-02-05" });
  });

  it("puts 'Selasa (17/12)' on the reference day itself", () => {
    expect(at("Selasa (17/12)", "2024-12-17")).toMatchObject({ iso: "2024-12-17" });
  });

  it("puts a month without a year on or before the reference month ('bulan Oktober' from February 2025 is October 2024)", () => {
    expect(at("bulan Oktober", "2025-02-27")).toMatchObject({ iso: "2024-10", precision: "month", inferred: true });
    expect(at("pada Januari, NIS", "2025-02-27")).toMatchObject({ iso: "2025-01" });
    expect(at("awal Februari", "2025-02-27")).toMatchObject({ iso: "2025-02", precision: "early-month", start: "2025-02-01", end: "2025-02-10" });
  });

  it("puts 'Agustus lalu' in the most recent past August", () => {
    expect(at("Agustus lalu", "2024-12-17")).toMatchObject({ iso: "2024-08", inferred: true, relative: true });
    expect(at("Agustus lalu", "2025-02-27")).toMatchObject({ iso: "2024-08" });
  });

  it("puts '7-12 Maret lalu' in the most recent March", () => {
    expect(at("7-12 Maret lalu", "2025-04-30")).toMatchObject({ iso: "2025-03-07/2025-03-12", precision: "day-range", inferred: true });
  });

  it("puts '20-29 Desember' in the year before when it would be after the reference", () => {
    expect(at("pada 20-29 Desember", "2024-12-17")).toMatchObject({ iso: "2023-12-20/2023-12-29" });
  });

  it("puts a bare weekday on the most recent such day on or before the reference", () => {
    expect(at("pada Kamis", "2025-02-27")).toMatchObject({ iso: "2025-02-27", precision: "day", relative: true, weekday: true, inferred: true });
    expect(at("di Jakarta, Rabu.", "2025-02-27")).toMatchObject({ iso: "2025-02-26" });
    expect(at("Pada Senin pula", "2024-12-17")).toMatchObject({ iso: "2024-12-16" });
  });

  it("puts 'Senin lalu' strictly before the reference", () => {
    expect(at("Senin lalu", "2024-12-16")).toMatchObject({ iso: "2024-12-09" });
  });

  it("goes back a year when only that year's weekday fits ('Senin (5/2)' from December 2025 is 5 February 2024)", () => {
    expect(at("Senin (5/2)", "2025-12-01")).toMatchObject({ iso: "2024-02-05" });
    expect(at("Rabu (5/2)", "2025-12-01")).toMatchObject({ iso: "2025-02-05" });
  });

  it("finds the most recent leap year for a yearless '29 Februari'", () => {
    expect(at("29 Februari", "2025-06-01")).toMatchObject({ iso: "2024-02-29" });
  });
});

describe("resolveDate: words counted from the reference", () => {
  it("resolves 'pekan lalu' to the previous Monday–Sunday week", () => {
    expect(at("Pada pertemuan di Riyadh pekan lalu, Rusia", "2025-02-27")).toEqual({
      iso: "2025-02-17/2025-02-23", precision: "week", start: "2025-02-17", end: "2025-02-23", inferred: true, relative: true, weekday: false,
    });
  });

  it("resolves 'tahun lalu' and 'tahun ini' to the years before and of the reference", () => {
    expect(at("tahun lalu", "2025-02-05")).toMatchObject({ iso: "2024", precision: "year", inferred: true, relative: true });
    expect(at("tahun ini", "2025-04-30")).toMatchObject({ iso: "2025", precision: "year" });
  });

  it("resolves 'kemarin' and 'hari ini' to days", () => {
    expect(at("kemarin", "2025-03-01")).toMatchObject({ iso: "2025-02-28", precision: "day" });
    expect(at("hari ini", "2025-03-01")).toMatchObject({ iso: "2025-03-01" });
  });

  it("resolves 'akhir pekan' to the Saturday and Sunday just past", () => {
    expect(at("selama akhir pekan", "2024-12-17")).toMatchObject({ iso: "2024-12-14/2024-12-15", precision: "day-range" });
  });

  it("resolves 'akhir tahun lalu' to late last year", () => {
    expect(at("akhir tahun lalu", "2025-02-27")).toMatchObject({ iso: "2024", precision: "late-year", start: "2024-09-01" });
  });

  it("resolves 'bulan lalu' across a year boundary", () => {
    expect(at("bulan lalu", "2025-01-15")).toMatchObject({ iso: "2024-12", precision: "month" });
  });

  it("resolves 'Senin pekan lalu' to the Monday of last week", () => {
    expect(at("Senin pekan lalu", "2025-02-27")).toMatchObject({ iso: "2025-02-17", precision: "day" });
  });
});

describe("resolveDate: without a reference", () => {
  it.each(["Rabu (5/2)", "bulan Oktober", "tahun lalu", "pekan lalu", "pada Kamis", "7-12 Maret lalu"])(
    "returns null for '%s', which needs the article's date",
    (text) => {
      expect(at(text, null)).toBeNull();
    },
  );

  it("treats a malformed reference date as none", () => {
    expect(resolveDate(expr("bulan Oktober"), { date: "2025-02-30" })).toBeNull();
    expect(resolveDate(expr("Agustus 2024"), { date: "kemarin" })).toMatchObject({ iso: "2024-08" });
  });
});

describe("isFullySpecified", () => {
  it("is true for dates that write their year", () => {
    for (const text of ["Kamis, 27 Februari 2025", "akhir 2024", "Januari hingga Februari 2025", "2025–2029 periode"]) {
      expect(isFullySpecified(expr(text))).toBe(true);
    }
  });

  it("is false for partial and relative dates", () => {
    for (const text of ["Rabu (5/2)", "awal Februari", "tahun ini", "pada Kamis"]) expect(isFullySpecified(expr(text))).toBe(false);
  });
});

describe("resolveDate: output fits the Mention schema", () => {
  it("gives values the schema accepts", () => {
    const text = "Selasa (4/2/2025), 27 February 2025 16:59, pekan lalu, Januari hingga Februari 2025, akhir 2024, akhir pekan, bulan Oktober";
    for (const e of scanDates(text)) {
      const r = resolveDate(e, { date: "2025-02-27" });
      expect(r).not.toBeNull();
      const mention = { ...r!, text: e.text, place: { line: 1, column: e.index + 1, offset: e.index }, sentence: 0 };
      expect(Mention.safeParse(mention).success).toBe(true);
    }
  });
});

describe("resolveDate: dates the words put in the future go forward from the reference", () => {
  it("puts 'Kamis (6/3) mendatang' on the next 6 March, not the last", () => {
    expect(at("Sidang dilanjutkan Kamis (6/3) mendatang.", "2025-02-27")).toMatchObject({ iso: "2025-03-06", inferred: true });
  });

  it("puts 'akan dibuka pada bulan Juli' in the July to come", () => {
    expect(at("Pendaftaran akan dibuka pada bulan Juli.", "2025-08-10")).toMatchObject({ iso: "2026-07" });
  });

  it("still reads a date after a comma back into the past: the clause word is in another clause", () => {
    expect(at("Harga akan naik, kata menteri pada Senin (3/2).", "2025-02-27")).toMatchObject({ iso: "2025-02-03" });
  });
});

describe("resolveDate: a mistyped year is left unknown", () => {
  it("reads 'Kamis (15/07/22021)' as Thursday 15 July of a year the reference gives", () => {
    expect(at("Pemeriksaan itu dilakukan Kamis (15/07/22021).", "2021-07-20")).toMatchObject({ iso: "2021-07-15", inferred: true, weekday: true });
    expect(at("Pemeriksaan itu dilakukan Kamis (15/07/22021).", null)).toBeNull();
  });

  it("reads '12/08/3025' as 12 August of the reference's year", () => {
    expect(at("Kubu Raya, 12/08/3025 – Jalan itu rusak.", "2025-08-12")).toMatchObject({ iso: "2025-08-12" });
  });
});
