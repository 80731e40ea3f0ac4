import { describe, expect, it } from "vitest";
import { ownDate, type DateEvidence } from "../../../src/extract/published/own-date.ts";
import { dated, layOut, offsetOf } from "./fixtures/sentences.ts";

// An article that could be dated five ways: front matter 1 March 2025, a date line 28 February 2025
// 10:15, a URL of 27 February 2025, a citation "Rabu (26/2)" (26 February 2025 was a Wednesday), and
// the newest date it writes in full, "25 Februari 2025", as an estimate.
const sentences = layOut([
  "Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan pada 25 Februari 2025 bahwa pasukan Korea Utara kembali ke Kursk.",
  '"Jumlahnya masih diperiksa," sebut NIS, seperti dikutip dari Yonhap, Rabu (26/2).',
]);
const all: DateEvidence = {
  frontMatter: { published: "2025-03-01" },
  dateLine: { text: "Jumat, 28 Februari 2025 10:15 WIB", line: 2, rule: "date-line" },
  url: "https://www.example.com/internasional/2025/02/27/korut-kirim-pasukan",
  sentences,
  found: [dated(sentences, 0, "25 Februari 2025", { year: 2025, month: 2, day: 25 }), dated(sentences, 1, "Rabu (26/2)", { month: 2, day: 26, weekday: 3 })],
  creditOffsets: [offsetOf(sentences, 1, "dikutip dari Yonhap")],
};

describe("ownDate", () => {
  it("takes the front matter first, at the precision the editor wrote", () => {
    expect(ownDate(all)).toEqual({ date: "2025-03-01", precision: "day", start: "2025-03-01", end: "2025-03-01", basis: "front-matter", estimated: false, text: "2025-03-01", reason: "front matter" });
    expect(ownDate({ ...all, frontMatter: { published: "2025-03" } })).toMatchObject({ date: "2025-03", precision: "month", start: "2025-03-01", end: "2025-03-31", basis: "front-matter" });
    expect(ownDate({ ...all, frontMatter: { published: "2025-03-01 08:30" } })).toMatchObject({ date: "2025-03-01T08:30", precision: "minute", basis: "front-matter" });
  });

  it("reads a front-matter time with a zone in Jakarta time, keeping the words as written", () => {
    // 16:59 UTC is 23:59 in Jakarta (UTC+7); 17:05 in Makassar (UTC+8) is 16:05 in Jakarta.
    expect(ownDate({ ...all, frontMatter: { published: "2025-02-27T16:59Z" } })).toMatchObject({ date: "2025-02-27T23:59", text: "2025-02-27T16:59Z", reason: "front matter, in Jakarta time (WIB)" });
    expect(ownDate({ ...all, frontMatter: { published: "2025-02-27T17:05+08:00" } })).toMatchObject({ date: "2025-02-27T16:05", start: "2025-02-27" });
  });

  it("takes the date line second", () => {
    expect(ownDate({ ...all, frontMatter: {} })).toMatchObject({ date: "2025-02-28T10:15", basis: "date-line", estimated: false });
  });

  it("takes the URL third, and when the date line has no full date", () => {
    expect(ownDate({ ...all, frontMatter: {}, dateLine: null })).toMatchObject({ date: "2025-02-27", basis: "url" });
    expect(ownDate({ ...all, frontMatter: {}, dateLine: { text: "Riza Aslam Khaeron", line: 7, rule: "byline" } })).toMatchObject({ date: "2025-02-27", basis: "url" });
  });

  it("takes the citation fourth", () => {
    expect(ownDate({ ...all, frontMatter: {}, dateLine: null, url: null })).toMatchObject({ date: "2025-02-26", basis: "citation", text: "Rabu (26/2)" });
  });

  it("estimates from the newest full date last", () => {
    expect(ownDate({ ...all, frontMatter: {}, dateLine: null, url: null, creditOffsets: [] })).toMatchObject({
      date: "2025-02-25",
      precision: "day",
      basis: "estimate",
      estimated: true,
      text: "25 Februari 2025",
    });
  });

  it("gives nothing for an article without any date", () => {
    expect(ownDate({ frontMatter: {}, dateLine: null, url: null, sentences, found: [], creditOffsets: [] })).toBeNull();
  });
});
