import { describe, expect, it } from "vitest";
import { isFutureDate } from "../../../src/extract/dates/future-marker.ts";

/** Whether the words of `text` put `date` (a part of it) in the future. */
function future(text: string, date: string): boolean {
  const index = text.indexOf(date);
  if (index < 0) throw new Error(`"${date}" is not in "${text}"`);
  return isFutureDate(text, index, index + date.length);
}

describe("isFutureDate", () => {
  it("reads 'Mulai Selasa, 14 Juni 2025' as a date to come", () =>
    expect(future("Mulai Selasa, 14 Juni 2025, calon jamaah masuk asrama haji.", "Selasa, 14 Juni 2025")).toBe(true));

  it("reads 'mendatang' after a date, past its closing bracket", () => {
    expect(future("Sidang dilanjutkan pada Kamis (6/3/2025) mendatang.", "Kamis (6/3/2025)")).toBe(true);
    expect(future("Sidang dilanjutkan pada (6/3/2025 mendatang.", "6/3/2025")).toBe(true);
  });

  it("reads 'akan' earlier in the same clause", () =>
    expect(future("Rombongan pertama akan mulai memasuki asrama di Medan pada Sabtu (17/5/2025) pukul 08.00 WIB.", "Sabtu (17/5/2025)")).toBe(true));

  it("does not read 'akan' across a comma, a quotation mark or a relative 'yang'", () => {
    expect(future("Harga akan naik, kata menteri pada Senin (3/2/2025).", "Senin (3/2/2025)")).toBe(false);
    expect(future('"Kami akan datang," ujarnya, Senin (3/2/2025).', "Senin (3/2/2025)")).toBe(false);
    expect(future("Polisi akan memeriksa laporan yang diterima pada Senin (3/2/2025).", "Senin (3/2/2025)")).toBe(false);
  });

  it("does not read 'akan' more words back than the lexicon allows", () =>
    expect(future("Ia akan menjelaskan rincian rencana pembangunan jalan desa di wilayah utara itu kepada para wartawan senior di kantornya pada Senin (3/2/2025).", "Senin (3/2/2025)")).toBe(false));

  it("leaves a plain past date alone", () => {
    expect(future("Banjir melanda kota itu pada Selasa (2/1/2024).", "Selasa (2/1/2024)")).toBe(false);
    expect(future("Pendaftaran ditutup hingga Rabu (14/6) pukul 14.00 WIB.", "Rabu (14/6)")).toBe(false);
  });
});
