import { describe, expect, it } from "vitest";
import { ownDate, type DateEvidence } from "../../../src/extract/published/own-date.ts";
import { dated, layOut, offsetOf } from "./fixtures/sentences.ts";

// An article that could be dated six ways: front matter 1 March 2025, a date line 28 February 2025
// 10:15, a date in its dateline 27 February 2025, a URL of 27 February 2025, a citation "Rabu (26/2)"
// (26 February 2025 was a Wednesday), and the newest date it writes in full, "25 Februari 2025", as
// an estimate.
const sentences = layOut([
  "Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan pada 25 Februari 2025 bahwa pasukan Korea Utara kembali ke Kursk.",
  '"Jumlahnya masih diperiksa," sebut NIS, seperti dikutip dari Yonhap, Rabu (26/2).',
]);
const all: DateEvidence = {
  frontMatter: { published: "2025-03-01" },
  dateLines: [{ text: "Jumat, 28 Februari 2025 10:15 WIB", line: 2, rule: "date-line" }],
  layout: { headline: 1, lead: 4 },
  url: "https://www.example.com/internasional/2025/02/27/korut-kirim-pasukan",
  sentences,
  found: [dated(sentences, 0, "25 Februari 2025", { year: 2025, month: 2, day: 25 }), dated(sentences, 1, "Rabu (26/2)", { month: 2, day: 26, weekday: 3 })],
  creditOffsets: [offsetOf(sentences, 1, "dikutip dari Yonhap")],
  lead: 0,
  // A photo caption of 20 February 2025: it dates the article only when nothing else does.
  captions: [{ text: "Tentara berbaris di Seoul, Kamis (20/2/2025). ANTARA FOTO/Raka", offset: 0, dates: [{ text: "Kamis (20/2/2025)", index: 28, end: 45, year: 2025, month: 2, day: 20, weekday: 4, flags: { weekday: true } }] }],
};
const date = (evidence: DateEvidence) => ownDate(evidence).published;

describe("ownDate", () => {
  it("takes the front matter first, at the precision the editor wrote", () => {
    expect(date(all)).toEqual({ date: "2025-03-01", precision: "day", start: "2025-03-01", end: "2025-03-01", basis: "front-matter", estimated: false, text: "2025-03-01", reason: "front matter" });
    expect(date({ ...all, frontMatter: { published: "2025-03" } })).toMatchObject({ date: "2025-03", precision: "month", start: "2025-03-01", end: "2025-03-31", basis: "front-matter" });
    expect(date({ ...all, frontMatter: { published: "2025-03-01 08:30" } })).toMatchObject({ date: "2025-03-01T08:30", precision: "minute", basis: "front-matter" });
  });

  it("reads a front-matter time with a zone in Jakarta time, keeping the words as written", () => {
    // 16:59 UTC is 23:59 in Jakarta (UTC+7); 17:05 in Makassar (UTC+8) is 16:05 in Jakarta.
    expect(date({ ...all, frontMatter: { published: "2025-02-27T16:59Z" } })).toMatchObject({ date: "2025-02-27T23:59", text: "2025-02-27T16:59Z", reason: "front matter, in Jakarta time (WIB)" });
    expect(date({ ...all, frontMatter: { published: "2025-02-27T17:05+08:00" } })).toMatchObject({ date: "2025-02-27T16:05", start: "2025-02-27" });
  });

  it("takes the page's stamp second, and says which line gave it", () => {
    const noUrl = { ...all, frontMatter: {}, url: null };
    expect(ownDate(noUrl)).toMatchObject({ published: { date: "2025-02-28T10:15", basis: "date-line", estimated: false }, stamp: { line: 2 } });
  });

  it("takes the address's date over a stamp that is later than it: the stamp is an update or the page's today", () => {
    expect(ownDate({ ...all, frontMatter: {} })).toMatchObject({ published: { date: "2025-02-27", basis: "url", reason: expect.stringMatching(/later than the address/u) }, stamp: null });
    const same = { ...all, frontMatter: {}, dateLines: [{ text: "Kamis, 27 Februari 2025 10:15 WIB", line: 2, rule: "date-line" }] };
    expect(date(same)).toMatchObject({ date: "2025-02-27T10:15", basis: "date-line" });
  });

  it("takes a date the dateline carries as a stamp", () => {
    const withDate = layOut(["Seoul, 27 Februari 2025 — Badan intelijen Korea Selatan menyatakan pasukan Korea Utara kembali ke Kursk."]);
    const evidence = { ...all, frontMatter: {}, dateLines: [], url: null, sentences: withDate, found: [dated(withDate, 0, "27 Februari 2025", { year: 2025, month: 2, day: 27 })], creditOffsets: [] };
    expect(date(evidence)).toMatchObject({ date: "2025-02-27", basis: "date-line", estimated: false });
  });

  it("takes the URL when no stamp dates the article", () => {
    expect(date({ ...all, frontMatter: {}, dateLines: [] })).toMatchObject({ date: "2025-02-27", basis: "url" });
    expect(date({ ...all, frontMatter: {}, dateLines: [{ text: "Riza Aslam Khaeron", line: 7, rule: "byline-author-label" }] })).toMatchObject({ date: "2025-02-27", basis: "url" });
  });

  it("takes the day of writing its text gives next: here a citation, whose year the text's other dates give", () => {
    expect(date({ ...all, frontMatter: {}, dateLines: [], url: null })).toMatchObject({ date: "2025-02-26", basis: "citation", estimated: false, text: "Rabu (26/2)" });
  });

  it("estimates from the newest full date last: that day or the next", () => {
    expect(date({ ...all, frontMatter: {}, dateLines: [], url: null, creditOffsets: [], found: all.found.slice(0, 1) })).toMatchObject({
      date: "2025-02-25",
      precision: "day",
      basis: "estimate",
      estimated: true,
      text: "25 Februari 2025",
      start: "2025-02-25",
      end: "2025-02-26",
    });
  });

  it("counts a stamp that gives only the article's age back from the date the page shows as today", () => {
    const evidence = {
      ...all,
      frontMatter: {},
      url: null,
      found: [],
      creditOffsets: [],
      dateLines: [
        { text: "Senin, 22 Desember 2025", line: 1, rule: "date-line" },
        { text: "3 hari lalu", line: 3, rule: "date-line-relative" },
      ],
    };
    expect(date(evidence)).toMatchObject({ date: "2025-12-19", basis: "estimate", estimated: true, text: "3 hari lalu" });
  });

  it("estimates from a photo caption's date when the text names none: that day or the next", () => {
    expect(date({ ...all, frontMatter: {}, dateLines: [], url: null, found: [], creditOffsets: [] })).toMatchObject({
      date: "2025-02-20",
      basis: "estimate",
      estimated: true,
      text: "Kamis (20/2/2025)",
      start: "2025-02-20",
      end: "2025-02-21",
      reason: expect.stringMatching(/^the newest date a photo caption names \(the text names none\)/u),
    });
  });

  it("never takes a photo caption's date over the text's", () => {
    expect(date({ ...all, frontMatter: {}, dateLines: [], url: null, creditOffsets: [], found: all.found.slice(0, 1) })).toMatchObject({ text: "25 Februari 2025" });
  });

  it("gives nothing for an article without any date", () => {
    expect(ownDate({ ...all, frontMatter: {}, dateLines: [], url: null, found: [], creditOffsets: [], captions: [] })).toEqual({ published: null, stamp: null });
  });
});
