import { describe, expect, it } from "vitest";
import { cleanLines } from "../../../src/extract/clean/clean-lines.ts";
import { findByline } from "../../../src/extract/source/find-byline.ts";

const P = "Komisi Pemberantasan Korupsi akan memeriksa dua saksi dalam kasus itu pada pekan depan.";
/** Clean an article made of the given lines around a paragraph, then read the byline. */
const byline = (...texts: string[]) =>
  findByline(cleanLines([P, ...texts, P].map((text, i) => ({ text, line: i + 1 }))).removed);

describe("findByline", () => {
  it("reads the author of a byline with a bullet and a date, and gives it as the date line", () => {
    expect(byline("Riza Aslam Khaeron • 27 February 2025 16:59")).toEqual({
      author: "Riza Aslam Khaeron",
      editor: null,
      dateLine: { text: "Riza Aslam Khaeron • 27 February 2025 16:59", line: 2, rule: "byline-dot-date" },
      dateLines: [{ text: "Riza Aslam Khaeron • 27 February 2025 16:59", line: 2, rule: "byline-dot-date" }],
    });
  });
  it("reads 'Penulis: X | Editor: Y'", () => {
    expect(byline("Penulis: Iwan Arifianto | Editor: Muslimah")).toMatchObject({ author: "Iwan Arifianto", editor: "Muslimah" });
  });
  it("reads 'Penulis: X' and 'Editor: Y' on two lines", () => {
    expect(byline("Penulis: Nur Afitria Cika Handayani", "Editor: Adya Rosyada Yonas")).toMatchObject({
      author: "Nur Afitria Cika Handayani",
      editor: "Adya Rosyada Yonas",
    });
  });
  it("reads Tempo's label lines with the names on the next lines", () => {
    expect(byline("Reporter", "Imam Hamdi", "Editor", "Juli Hantoro", "Selasa, 8 September 2020 10:15 WIB")).toEqual({
      author: "Imam Hamdi",
      editor: "Juli Hantoro",
      dateLine: { text: "Selasa, 8 September 2020 10:15 WIB", line: 6, rule: "date-line" },
      dateLines: [{ text: "Selasa, 8 September 2020 10:15 WIB", line: 6, rule: "date-line" }],
    });
  });
  it("reads Antara's 'Pewarta: X' and 'Editor: Y'", () => {
    expect(byline("Pewarta: Luthfia Miranda Putri", "Editor: Syaiful Hakim")).toMatchObject({
      author: "Luthfia Miranda Putri",
      editor: "Syaiful Hakim",
    });
  });
  it("reads detik's '<Name> - detikNews' and the date line under it", () => {
    expect(byline("Kurniawan Fadilah - detikNews", "Senin, 27 Jan 2025 07:43 WIB")).toMatchObject({
      author: "Kurniawan Fadilah",
      dateLine: { text: "Senin, 27 Jan 2025 07:43 WIB", line: 3 },
    });
  });
  it("reads Republika's 'Rep: X/ Red: Y'", () => {
    expect(byline("Rep: Fakthar Khairon Lubis/ Red: Sadly Rachman")).toMatchObject({
      author: "Fakthar Khairon Lubis",
      editor: "Sadly Rachman",
    });
  });
  it("reads Okezone's '<Name>, Jurnalis' and its '(Misbahol Munir)' editor credit", () => {
    expect(byline("Bayu Septianto, Jurnalis", "(Misbahol Munir)")).toMatchObject({
      author: "Bayu Septianto",
      editor: "Misbahol Munir",
    });
  });
  it("reads a full-name credit ending the last paragraph as the editor", () => {
    expect(byline("Pasukan itu tiba di Kursk pada Senin. (Surya Perkasa)")).toMatchObject({ editor: "Surya Perkasa" });
  });
  it("does not read desk initials as an editor", () => {
    expect(byline("(isa/isa)")).toMatchObject({ author: null, editor: null });
  });
  it("does not read 'N/A' or 'Tim Redaksi' as a person", () => {
    expect(byline("N/A • 4 May 2019 19:27", "Redaktur & Reporter : Tim Redaksi")).toMatchObject({ author: null, editor: null });
    expect(byline("N/A • 4 May 2019 19:27").dateLine?.text).toBe("N/A • 4 May 2019 19:27");
  });
  it("gives Kompas's numeric date line and Liputan6's 'Diterbitkan' line as date lines", () => {
    expect(byline("Kompas.com - 27/03/2024, 06:16 WIB").dateLine?.rule).toBe("date-line-numeric");
    expect(byline("Diterbitkan 22 Nov 2024, 03:02 WIB").dateLine?.rule).toBe("date-line-published");
  });
  it("gives nothing when there is no byline", () => {
    expect(findByline([])).toEqual({ author: null, editor: null, dateLine: null, dateLines: [] });
  });
  it("gives every dated line, in order, for the publication date to choose among", () => {
    const found = byline("Senin, 22 Desember 2025", "Kamis, 15 Juni 2023 | 04:44 WIB", "Diperbarui: Jumat, 16 Juni 2023 08:00 WIB", "3 jam lalu");
    expect(found.dateLines.map((d) => [d.line, d.rule])).toEqual([
      [2, "date-line"],
      [3, "date-line"],
      [4, "date-line-updated"],
      [5, "date-line-relative"],
    ]);
    expect(found.dateLine?.line).toBe(2);
  });
  it("reads the stamps sites print in capitals, in English and after 'Posted by'", () => {
    expect(byline("KAMIS, 01 MARET 2018 | 22:53 WIB | LAPORAN:").dateLine?.rule).toBe("date-line");
    expect(byline("Posted by : Admin August 12, 2025").dateLine?.rule).toBe("date-line-published");
    expect(byline("Diposting oleh Sari Dewi pada Senin, 3 Juni 2024")).toMatchObject({ author: "Sari Dewi", dateLine: { rule: "date-line-published" } });
  });
});
