import { describe, expect, it } from "vitest";
import { dateFromCitation } from "../../../src/extract/published/date-from-citation.ts";
import { dated, layOut, offsetOf } from "./fixtures/sentences.ts";

// Weekdays: 0 Minggu (Sunday) … 6 Sabtu. 4 February 2025 was a Tuesday, 5 February a Wednesday;
// 16 and 17 December 2024 a Monday and a Tuesday; 31 December 2024 a Tuesday, 2 January 2025 a Thursday.

/** seeds/000: the dateline sentence dates NIS's statement, the citation dates the report. */
const seoul = layOut([
  "Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan pada Selasa (4/2/2025), tentara Korea Utara yang bertempur di garis depan Kursk sejak pertengahan Januari tampaknya tidak terlibat lagi dalam pertempuran.",
  '"Salah satu alasan untuk ini mungkin karena jatuh banyak korban, namun rincian pastinya masih dalam pemantauan," sebut Badan Intelijen Nasional Korea Selatan, seperti dikutip dari CNA, Rabu (5/2).',
  "Pada Jumat (31/1), militer Ukraina mengungkap hal serupa.",
]);
const tuesday = dated(seoul, 0, "Selasa (4/2/2025)", { year: 2025, month: 2, day: 4, weekday: 2 });
const midJanuary = dated(seoul, 0, "pertengahan Januari", { month: 1, part: "mid" });
const wednesday = dated(seoul, 1, "Rabu (5/2)", { month: 2, day: 5, weekday: 3 });
const friday = dated(seoul, 2, "Jumat (31/1)", { month: 1, day: 31, weekday: 5 });
const cna = offsetOf(seoul, 1, "dikutip dari CNA");

describe("dateFromCitation", () => {
  it("dates the report by its citation 'seperti dikutip dari CNA, Rabu (5/2)', the year from 'Selasa (4/2/2025)'", () => {
    expect(dateFromCitation(seoul, [tuesday, midJanuary, wednesday, friday], [cna])).toEqual({
      date: "2025-02-05",
      precision: "day",
      start: "2025-02-05",
      end: "2025-02-05",
      basis: "citation",
      estimated: false,
      text: "Rabu (5/2)",
      reason: `year from the text's other dates (2025, weekday matches); sentence: ${seoul[1]!.text}`,
    });
  });

  it("dates the report by the weekday date of its dateline sentence when nothing newer is cited", () => {
    expect(dateFromCitation(seoul, [tuesday, midJanuary, friday], [cna])).toEqual({
      date: "2025-02-04",
      precision: "day",
      start: "2025-02-04",
      end: "2025-02-04",
      basis: "dateline-sentence",
      estimated: false,
      text: "Selasa (4/2/2025)",
      reason: `sentence: ${seoul[0]!.text}`,
    });
  });

  it("leaves a weekday date outside the dateline sentence and the citations alone ('Pada Jumat (31/1)')", () => {
    // Without a credit, sentence 1 is no citation; the dateline sentence's date is written here without a weekday.
    expect(dateFromCitation(seoul, [midJanuary, wednesday, friday, dated(seoul, 0, "Selasa (4/2/2025)", { year: 2025, month: 2, day: 4 })], [])).toBeNull();
  });

  it("cannot place a weekday date without a year when the text writes no year anywhere", () => {
    expect(dateFromCitation(seoul, [wednesday], [cna])).toBeNull();
  });

  it("leaves a cited date without a weekday alone ('dikutip dari CNA, 5 Februari 2025')", () => {
    const plain = layOut(["Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan.", "Kata NIS, seperti dikutip dari CNA, 5 Februari 2025."]);
    expect(dateFromCitation(plain, [dated(plain, 1, "5 Februari 2025", { year: 2025, month: 2, day: 5 })], [offsetOf(plain, 1, "dikutip dari CNA")])).toBeNull();
  });

  it("takes the newest of several cited dates, whatever their order (seeds/003)", () => {
    const kyiv = layOut([
      "Liputan6.com, Kyiv - Tentara Korea Utara tewas dalam pertempuran.",
      "Juru bicara keamanan nasional AS John Kirby mengonfirmasi informasi ini pada hari Senin (16/12/2024).",
      '"Setidaknya tiga tentara Korea Utara dilaporkan hilang," kata GUR, seperti dikutip dari The Guardian, Selasa (17/12).',
      '"Tentara tersebut berperan sebagai infanteri," ujar Ryder kepada CNN, Senin (16/12).',
    ]);
    const found = [
      dated(kyiv, 1, "Senin (16/12/2024)", { year: 2024, month: 12, day: 16, weekday: 1 }),
      dated(kyiv, 2, "Selasa (17/12)", { month: 12, day: 17, weekday: 2 }),
      dated(kyiv, 3, "Senin (16/12)", { month: 12, day: 16, weekday: 1 }),
    ];
    const credits = [offsetOf(kyiv, 2, "dikutip dari The Guardian"), offsetOf(kyiv, 3, "kepada CNN")];
    expect(dateFromCitation(kyiv, found, credits)).toMatchObject({ date: "2024-12-17", basis: "citation", text: "Selasa (17/12)" });
  });

  it("puts a cited 'Selasa (31/12)' in the year whose 31 December is a Tuesday, though the text also names 2 January 2025", () => {
    // 31 December 2025 is a Wednesday and 31 December 2026 a Thursday: only 2024 fits.
    const turn = layOut(["Liputan6.com, Kyiv - Pasukan akan dirotasi.", "Rotasi dimulai Kamis (2/1/2025).", "Kata GUR, seperti dikutip dari Reuters, Selasa (31/12)."]);
    const found = [dated(turn, 1, "Kamis (2/1/2025)", { year: 2025, month: 1, day: 2, weekday: 4 }), dated(turn, 2, "Selasa (31/12)", { month: 12, day: 31, weekday: 2 })];
    expect(dateFromCitation(turn, found, [offsetOf(turn, 2, "dikutip dari Reuters")])).toMatchObject({
      date: "2024-12-31",
      basis: "citation",
      reason: expect.stringMatching(/^year from the text's other dates \(2024, weekday matches\); /),
    });
  });

  it("gives nothing when the weekday fits no year near the text's dates ('Minggu (5/2)' in 2025)", () => {
    // 5 February was a Monday in 2024, a Wednesday in 2025 and a Thursday in 2026.
    const sunday = layOut(["Liputan6.com, Seoul - Pada Selasa (4/2/2025) NIS bicara.", "Kata NIS, seperti dikutip dari CNA, Minggu (5/2)."]);
    const found = [dated(sunday, 0, "Selasa (4/2/2025)", { year: 2025, month: 2, day: 4 }), dated(sunday, 1, "Minggu (5/2)", { month: 2, day: 5, weekday: 0 })];
    expect(dateFromCitation(sunday, found, [offsetOf(sunday, 1, "dikutip dari CNA")])).toBeNull();
  });
});
