import { describe, expect, it } from "vitest";
import type { TextEvidence } from "../../../src/extract/published/dated-expression.ts";
import { writingDay } from "../../../src/extract/published/writing-day.ts";
import { scanDates } from "../../../src/extract/dates/index.ts";
import { layOut, offsetOf } from "./fixtures/sentences.ts";

/** The evidence of an article made of `texts`, its dates scanned, the sentences with a reporting verb marked, credits given by their words. */
function article(texts: string[], options: { statements?: number[]; credits?: [number, string][]; lead?: number } = {}): TextEvidence {
  const sentences = layOut(texts).map((s, i) => ({ ...s, statement: options.statements?.includes(i) ?? false }));
  return {
    sentences,
    found: sentences.flatMap((s, sentence) => scanDates(s.text).map((expr) => ({ expr, sentence }))),
    creditOffsets: (options.credits ?? []).map(([i, words]) => offsetOf(sentences, i, words)),
    lead: options.lead ?? 0,
  };
}

describe("writingDay", () => {
  it("takes a citation's day as the day the outlet quoted it, its year from the text's other dates", () => {
    const ev = article(['NIS menyatakan pada Selasa (4/2/2025) bahwa pasukan mundur.', '"Jumlahnya masih diperiksa," sebut NIS, seperti dikutip dari CNA, Rabu (5/2).'], { credits: [[1, "dikutip dari CNA"]] });
    expect(writingDay(ev, { after: "2025-02-04" })).toMatchObject({ date: "2025-02-05", basis: "citation", estimated: false, start: "2025-02-05", end: "2025-02-05", text: "Rabu (5/2)" });
  });

  it("takes a reported statement's day as the day of the news: the page is of that day or the next", () => {
    const ev = article(["Harga cabai naik di Pasar Induk.", '"Harganya naik terus," kata Riska, pedagang, Selasa (31/10/2023).'], { statements: [1] });
    expect(writingDay(ev, {})).toMatchObject({ date: "2023-10-31", basis: "statement", estimated: true, start: "2023-10-31", end: "2023-11-01" });
  });

  it("reads a weekday date closing its sentence after a comma as a statement's ('…, Senin (13/6).')", () => {
    const ev = article(["Jamaah mulai terbang pada Kamis, 15 Juni 2023, dini hari.", "Demikian disampaikan Kepala Kanwil dalam konferensi pers, Senin (12/6)."], { lead: 5 });
    expect(writingDay(ev, { after: "2023-06-15", afterIsDay: true })).toMatchObject({ date: "2023-06-12", basis: "statement" });
  });

  it("passes over dates the words put in the future, or in the past", () => {
    const ev = article(["Mulai Selasa, 14 Juni 2022, jamaah masuk asrama.", "Sidang dilanjutkan Kamis (16/6/2022) mendatang, kata hakim.", "Pada Senin (13/6/2022) lalu, rapat digelar.", "Hal itu disampaikan Minggu (12/6/2022)."], { statements: [1] });
    expect(writingDay(ev, {})).toMatchObject({ date: "2022-06-12", text: "Minggu (12/6/2022)" });
  });

  it("takes a weekday date outside statements only when the text has none in them", () => {
    const plain = article(["Warga memadati alun-alun.", "Pemeriksaan hewan kurban digelar di tiga lokasi, Kamis (15/7/2021) pagi tadi."], { lead: 5 });
    expect(writingDay(plain, {})).toMatchObject({ date: "2021-07-15", basis: "estimate", estimated: true });
    const both = article(["Jadwal itu berlaku Sabtu (17/7/2021).", "Hal itu dikatakan kepala dinas, Kamis (15/7/2021)."], { lead: 5 });
    expect(writingDay(both, {})).toMatchObject({ date: "2021-07-15", basis: "statement" });
  });

  it("finds the year of a yearless weekday date from the first fitting year after the text's newest date", () => {
    // Wednesday 20 September: not 2015 nor 2016, first 2017 from 'tahun 2015'.
    const ev = article(["Perjalanan itu dibiayai dana desa pada tahun 2015.", '"Kami pikir-pikir dulu," ujar jaksa, Rabu (20/9).'], { statements: [1] });
    expect(writingDay(ev, { after: "2015-01-01" })).toMatchObject({ date: "2017-09-20", estimated: true, reason: expect.stringMatching(/the first such year from the text's newest date/u) });
  });

  it("finds it from a day of reference when the text has no year at all, or gives nothing", () => {
    const ev = article(['"Harga naik," ungkap Riska di Jakarta Timur, Selasa (31/10).'], { statements: [0] });
    expect(writingDay(ev, {})).toBeNull();
    expect(writingDay(ev, { before: { day: "2026-02-10", slackDays: 183, what: "some months after the newest dated article" } })).toMatchObject({ date: "2023-10-31", estimated: true });
  });

  it("takes a weekday that fits no year near a full day the text writes for a slip", () => {
    // 20 February 2025 was a Thursday; "Rabu (20/02)" is that day with a wrong weekday.
    const ev = article(["BMKG memperkirakan hujan lebat hari ini, Rabu (20/02).", '"Waspadai angin kencang," ujar Yudhistira, Kamis (20/2/2025).'], { statements: [1] });
    expect(writingDay(ev, { after: "2025-02-20", afterIsDay: true })).toMatchObject({ date: "2025-02-20" });
  });

  it("takes a written year that fits neither the weekday nor the text's newest date for a slip", () => {
    // 2 January 2023 was a Monday; the earthquake of 1 January 2024 makes it Tuesday 2 January 2024.
    const ev = article(["Gempa melanda Ishikawa pada 1 Januari 2024.", "Kami berkoordinasi, kata Judha, pada Selasa, 2 Januari 2023."], { statements: [1], lead: 5 });
    expect(writingDay(ev, { after: "2024-01-01", afterIsDay: true })).toMatchObject({ date: "2024-01-02", estimated: true, reason: expect.stringMatching(/written year 2023 does not fit the weekday/u) });
  });

  it("reads a mistyped year as no year ('Kamis (15/07/22021)')", () => {
    const ev = article(["Dinas memeriksa hewan kurban di Tenggarong, Kamis (15/07/22021)."]);
    expect(writingDay(ev, {})).toBeNull();
    expect(writingDay(ev, { before: { day: "2026-02-10", slackDays: 183, what: "x" } })).toMatchObject({ date: "2021-07-15", basis: "dateline-sentence" });
  });

  it("gives nothing without a weekday-marked day and month", () => {
    expect(writingDay(article(["NIS bicara pada Kamis.", "Pasukan tiba pada 27 Februari 2025."]), {})).toBeNull();
  });
});
