import { describe, expect, it } from "vitest";
import { estimateFromText } from "../../../src/extract/published/estimate-from-text.ts";
import { dated, layOut } from "./fixtures/sentences.ts";

/** seeds/002 states no date of its own; the newest date it writes in full is "September 2022". */
const bbc = layOut([
  "Agen intelijen Korea Selatan juga mengatakan pada Kamis bahwa tentara Korea Utara dikerahkan kembali pada awal Februari.",
  "Presiden Rusia Vladimir Putin meluncurkan invasi penuh skala ke Ukraina pada Februari 2022.",
  "Pada bulan Agustus lalu, Ukraina membuat serangan kilat ke wilayah Rusia Kursk.",
  "Militer Rusia tidak pernah mengungkapkan secara publik jumlah korban di medan perang sejak September 2022, ketika mengatakan 5.937 tentara telah tewas.",
  "Korea Utara dan Rusia tidak memberikan komentar tahun lalu.",
]);
const found = [
  dated(bbc, 0, "Kamis", { weekday: 4 }),
  dated(bbc, 0, "awal Februari", { month: 2, part: "early" }),
  dated(bbc, 1, "Februari 2022", { year: 2022, month: 2 }),
  dated(bbc, 2, "Agustus lalu", { month: 8, past: true }),
  dated(bbc, 3, "September 2022", { year: 2022, month: 9 }),
  dated(bbc, 4, "tahun lalu", { relative: { unit: "year", amount: -1 } }),
];

describe("estimateFromText", () => {
  it("estimates the report from the newest date the text writes in full, as a lower bound ('September 2022')", () => {
    expect(estimateFromText(bbc, found)).toEqual({
      date: "2022-09",
      precision: "month",
      start: "2022-09-01",
      end: "2022-09-30",
      basis: "estimate",
      estimated: true,
      text: "September 2022",
      reason: `the newest date the text names; the article is from then or later: ${bbc[3]!.text}`,
    });
  });

  it("does not depend on the order of the dates", () => {
    expect(estimateFromText(bbc, [...found].reverse())).toMatchObject({ date: "2022-09", text: "September 2022" });
  });

  it("counts a range by its later end ('Januari hingga Februari 2025' is after '27 Januari 2025')", () => {
    const abc = layOut(["Pada 27 Januari 2025 NIS bicara.", "Laporan ABC News: pada Januari hingga Februari 2025, Korea Utara mengirim tambahan tentara."]);
    const range = [dated(abc, 0, "27 Januari 2025", { year: 2025, month: 1, day: 27 }), dated(abc, 1, "Januari hingga Februari 2025", { year: 2025, month: 1, rangeEnd: { year: 2025, month: 2 } })];
    expect(estimateFromText(abc, range)).toEqual({
      date: "2025-02",
      precision: "month",
      start: "2025-02-01",
      end: "2025-02-28",
      basis: "estimate",
      estimated: true,
      text: "Januari hingga Februari 2025",
      reason: `the newest date the text names; the article is from then or later: ${abc[1]!.text}`,
    });
  });

  it("counts a range of years by its first year: 'periode 2021-2026' is a period still running", () => {
    const period = layOut(["Rapat paripurna digelar pada 26 Juni 2024.", "Bupati terpilih periode 2021-2026 hadir."]);
    const found = [dated(period, 0, "26 Juni 2024", { year: 2024, month: 6, day: 26 }), dated(period, 1, "2021-2026", { year: 2021, rangeEnd: { year: 2026 } })];
    expect(estimateFromText(period, found)).toMatchObject({ date: "2024-06-26", text: "26 Juni 2024" });
  });

  it("passes over a date the words put in the future ('akan dibuka pada bulan Juli 2023')", () => {
    const plan = layOut(["Pendaftaran ditutup pada 20 Juni 2023.", "Tahap kedua akan dibuka pada bulan Juli 2023."]);
    const found = [dated(plan, 0, "20 Juni 2023", { year: 2023, month: 6, day: 20 }), dated(plan, 1, "bulan Juli 2023", { year: 2023, month: 7, future: true })];
    expect(estimateFromText(plan, found)).toMatchObject({ date: "2023-06-20", text: "20 Juni 2023" });
  });

  it("prefers a day to the year that holds it ('Selasa (10/2/2026)' over 'tahun 2026')", () => {
    const both = layOut(["Data laporan gizi tahun 2026 dirilis.", "Hal itu disampaikan Selasa (10/2/2026)."]);
    const found = [dated(both, 0, "tahun 2026", { year: 2026 }), dated(both, 1, "Selasa (10/2/2026)", { year: 2026, month: 2, day: 10, weekday: 2 })];
    expect(estimateFromText(both, found)).toMatchObject({ date: "2026-02-10", precision: "day" });
  });

  it("estimates a day named as that day or the next: the news of a day is carried then or a day later", () => {
    const quake = layOut(["Gempa mengguncang Prefektur Ishikawa pada 1 Januari 2024 pukul 16.10 waktu setempat."]);
    expect(estimateFromText(quake, [dated(quake, 0, "1 Januari 2024 pukul 16.10", { year: 2024, month: 1, day: 1, hour: 16, minute: 10 })])).toEqual({
      date: "2024-01-01",
      precision: "day",
      start: "2024-01-01",
      end: "2024-01-02",
      basis: "estimate",
      estimated: true,
      text: "1 Januari 2024 pukul 16.10",
      reason: `the newest date the text names; the article is from then or later, most likely that day or the next: ${quake[0]!.text}`,
    });
  });

  it("counts a year written alone ('pada tahun 2022')", () => {
    const year = layOut(["Kerja sama itu meningkat sejak invasi pada tahun 2022."]);
    expect(estimateFromText(year, [dated(year, 0, "tahun 2022", { year: 2022 })])).toMatchObject({ date: "2022", precision: "year", start: "2022-01-01", end: "2022-12-31" });
  });

  it("gives nothing when every date needs the article's own date to be placed", () => {
    expect(estimateFromText(bbc, [found[0]!, found[1]!, found[3]!, found[5]!])).toBeNull();
    expect(estimateFromText(bbc, [])).toBeNull();
  });
});
