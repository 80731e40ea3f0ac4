import { describe, expect, it } from "vitest";
import type { ContextEntry } from "../../../src/extract/published/context-entry.ts";
import { contextIndex } from "../../../src/extract/published/context-index.ts";
import { narrowWithContext } from "../../../src/extract/published/narrow-with-context.ts";
import type { Mention, Published } from "../../../src/schema/entry.ts";
import { dated, layOut } from "./fixtures/sentences.ts";

const TITLE = "Korsel Sebut Korea Utara Tambah Pengiriman Pasukan ke Rusia";
const place = { line: 3, column: 1, offset: 0 };
const said = (m: Omit<Mention, "place" | "inferred" | "relative" | "weekday"> & Partial<Mention>): Mention => ({ inferred: false, relative: false, weekday: false, place, ...m });

/** A dated article (001-like) whose sentences an undated one tells again. */
function dated001(estimated = false): ContextEntry {
  return {
    id: "001",
    title: TITLE,
    published: { date: "2025-02-27T16:59", precision: "minute", basis: "byline", estimated, text: "27 February 2025 16:59", reason: "byline", start: "2025-02-27", end: "2025-02-27" },
    sentences: [
      { text: "Pada Kamis, 27 Februari 2025, intel Seoul sebut Korea kirim tank baru ke Kursk." },
      { text: "Ukraina rebut wilayah Kursk pada Agustus 2024." },
      { text: "Putin datang ke Pyongyang tahun lalu dan teken pakta." },
    ],
    mentions: [
      said({ text: "Kamis, 27 Februari 2025", iso: "2025-02-27", precision: "day", start: "2025-02-27", end: "2025-02-27", weekday: true, sentence: 0 }),
      said({ text: "Agustus 2024", iso: "2024-08", precision: "month", start: "2024-08-01", end: "2024-08-31", sentence: 1 }),
      said({ text: "tahun lalu", iso: "2024", precision: "year", start: "2024-01-01", end: "2024-12-31", relative: true, inferred: true, sentence: 2 }),
    ],
  };
}
const index = contextIndex([dated001()]);

// The undated article. Its first three sentences share all their content words with the dated one's
// ("intel Seoul Korea kirim tank baru Kursk"; "Ukraina rebut wilayah Kursk"; "Putin datang Pyongyang teken pakta").
const undated = layOut([
  "Intel Seoul pada Kamis sebut Korea kirim tank baru ke Kursk.",
  "Pada Agustus lalu, Ukraina rebut wilayah Kursk.",
  "Putin datang ke Pyongyang tahun lalu untuk teken pakta.",
  "Namun, intensitas pertempuran di wilayah tersebut dilaporkan menurun sejak sekitar bulan Maret.",
  "Harga roti naik pada Rabu.",
]);
const thursday = dated(undated, 0, "Kamis", { weekday: 4 });
const lastAugust = dated(undated, 1, "Agustus lalu", { month: 8, past: true });
const lastYear = dated(undated, 2, "tahun lalu", { relative: { unit: "year", amount: -1 } });
const sinceMarch = dated(undated, 3, "bulan Maret", { month: 3 });
const wednesday = dated(undated, 4, "Rabu", { weekday: 3 });
/** The text alone: its newest full date, "September 2022". */
const estimate: Published = { date: "2022-09", precision: "month", basis: "estimate", estimated: true, text: "September 2022", reason: "text", start: "2022-09-01", end: "2022-09-30" };

describe("narrowWithContext", () => {
  it("dates 'pada Kamis' to the week from the Thursday a dated article gives the same statement", () => {
    // 27 February 2025 was a Thursday: the report is from that day or the six after.
    expect(narrowWithContext(undated, [thursday], estimate, index)).toEqual({
      date: "2025-02-27/2025-03-05",
      precision: "week",
      basis: "context",
      estimated: true,
      text: "Kamis",
      reason: `not stated in the text; estimated from other articles: the text's newest date "September 2022" (2022-09); "Kamis" is 2025-02-27, the Kamis, 27 Februari 2025 of "${TITLE}", which tells the same report`,
      start: "2025-02-27",
      end: "2025-03-05",
    });
  });

  it("places 'Agustus lalu' in the August the dated article writes, and the report within the year after", () => {
    // August 2024 to 31 July 2025: the estimate is the first month of that window.
    expect(narrowWithContext(undated, [lastAugust], null, index)).toEqual({
      date: "2024-08",
      precision: "month",
      basis: "context",
      estimated: true,
      text: "Agustus lalu",
      reason: `not stated in the text; estimated from other articles: "Agustus lalu" is 2024-08, as "Agustus 2024" in "${TITLE}"`,
      start: "2024-08-01",
      end: "2024-08-31",
    });
  });

  it("reads 'tahun lalu' as the dated article does (2024), so the report is of 2025, and 'sejak sekitar bulan Maret' as April at the earliest", () => {
    expect(narrowWithContext(undated, [lastYear, sinceMarch], null, index)).toEqual({
      date: "2025-04",
      precision: "month",
      basis: "context",
      estimated: true,
      text: "tahun lalu; bulan Maret",
      reason: `not stated in the text; estimated from other articles: "tahun lalu" is 2024, as "tahun lalu" in "${TITLE}"; "sejak bulan Maret" = since 2025-03, so 2025-04 at the earliest`,
      start: "2025-04-01",
      end: "2025-04-30",
    });
  });

  it("takes no bound from a month named without 'sejak': 'angka Desember' in a report of February 2025 is December 2024", () => {
    const inDecember = layOut([undated[2]!.text, "Korban bulan lalu hanya sedikit di bawah angka Desember."]);
    const found = [dated(inDecember, 0, "tahun lalu", { relative: { unit: "year", amount: -1 } }), dated(inDecember, 1, "Desember", { month: 12 })];
    expect(narrowWithContext(inDecember, found, null, index)).toMatchObject({
      date: "2025-01",
      text: "tahun lalu",
      reason: `not stated in the text; estimated from other articles: "tahun lalu" is 2024, as "tahun lalu" in "${TITLE}"`,
    });
  });

  it("narrows with every matched date together", () => {
    // The week of 27 February 2025 lies within August 2024 – July 2025.
    expect(narrowWithContext(undated, [thursday, lastAugust], estimate, index)).toMatchObject({ date: "2025-02-27/2025-03-05", precision: "week", text: "Kamis; Agustus lalu" });
  });

  it("gives nothing when no partial date stands in a sentence a dated article tells, or the weekday differs", () => {
    expect(narrowWithContext(undated, [wednesday], estimate, index)).toBeNull();
    const otherDay = layOut(["Intel Seoul pada Rabu sebut Korea kirim tank baru ke Kursk."]);
    expect(narrowWithContext(otherDay, [dated(otherDay, 0, "Rabu", { weekday: 3 })], estimate, index)).toBeNull();
  });

  it("looks up only dates that need the article's own date", () => {
    const full = layOut(["Pada Kamis, 27 Februari 2025, intel Seoul sebut Korea kirim tank baru ke Kursk."]);
    expect(narrowWithContext(full, [dated(full, 0, "Kamis, 27 Februari 2025", { year: 2025, month: 2, day: 27, weekday: 4 })], null, index)).toBeNull();
  });

  it("leaves out a bound that contradicts the text's own newest date", () => {
    const later: Published = { ...estimate, date: "2026-01", text: "Januari 2026", start: "2026-01-01", end: "2026-01-31" };
    expect(narrowWithContext(undated, [thursday], later, index)).toBeNull();
  });

  it("gives nothing without a dated article: an estimate never dates another", () => {
    expect(narrowWithContext(undated, [thursday], estimate, contextIndex([]))).toBeNull();
    expect(narrowWithContext(undated, [thursday], estimate, contextIndex([dated001(true)]))).toBeNull();
  });
});
