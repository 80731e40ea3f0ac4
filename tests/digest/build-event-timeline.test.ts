import { describe, expect, it } from "vitest";
import { buildEventTimeline } from "../../src/digest/build-event-timeline.ts";
import { entry, mention } from "./helpers/entry.ts";

const august = (text: string, sentence: number, relative = false) => mention({ text, iso: "2024-08", precision: "month", start: "2024-08-01", end: "2024-08-31", sentence, relative });

// Eight sentences: a word is common in more than two, and none is; every word here is its own root.
const a = entry({
  id: "a",
  sentences: [
    "Ukraina rebut Kursk pada Agustus 2024.",
    "Pada 5 November, Korea tiba di garis depan.",
    "Staf gabungan bicara pada Desember 2024.",
    "Serangan terjadi selama akhir pekan.",
    "Putin berkunjung tahun lalu.",
  ],
  mentions: [
    august("Agustus 2024", 0),
    mention({ text: "5 November", iso: "2024-11-05", precision: "day", start: "2024-11-05", end: "2024-11-05", sentence: 1, inferred: true }),
    mention({ text: "Desember 2024", iso: "2024-12", precision: "month", start: "2024-12-01", end: "2024-12-31", sentence: 2 }),
    mention({ text: "akhir pekan", iso: "2024-12-14/2024-12-15", precision: "day-range", start: "2024-12-14", end: "2024-12-15", sentence: 3, relative: true }),
    mention({ text: "tahun lalu", iso: "2024", precision: "year", start: "2024-01-01", end: "2024-12-31", sentence: 4, relative: true }),
  ],
});
const b = entry({
  id: "b",
  outlet: null,
  sentences: ["Pada Agustus lalu, Ukraina rebut wilayah Kursk.", "Harga roti naik pada Agustus 2024.", "Invasi dimulai pada tahun 2022."],
  mentions: [august("Agustus lalu", 0, true), august("Agustus 2024", 1), mention({ text: "tahun 2022", iso: "2022", precision: "year", start: "2022-01-01", end: "2022-12-31", sentence: 2 })],
});

describe("buildEventTimeline", () => {
  it("lists the dated events by first day, then last day, then sentence, and numbers them", () => {
    expect(buildEventTimeline([a, b]).map((e) => [e.id, e.iso, e.text, e.mentions.map((m) => `${m.entry}: ${m.words}`)])).toEqual([
      ["peristiwa-1", "2022", "Invasi dimulai pada tahun 2022.", ["b: tahun 2022"]],
      // Two events of August 2024: the price of bread comes first by its sentence.
      ["peristiwa-2", "2024-08", "Harga roti naik pada Agustus 2024.", ["b: Agustus 2024"]],
      ["peristiwa-3", "2024-08", "Ukraina rebut Kursk pada Agustus 2024.", ["a: Agustus 2024", "b: Agustus lalu"]],
      ["peristiwa-4", "2024-11-05", "Pada 5 November, Korea tiba di garis depan.", ["a: 5 November"]],
      ["peristiwa-5", "2024-12", "Staf gabungan bicara pada Desember 2024.", ["a: Desember 2024"]],
      ["peristiwa-6", "2024-12-14/2024-12-15", "Serangan terjadi selama akhir pekan.", ["a: akhir pekan"]],
    ]);
  });

  it("makes one event of a date two articles tell in alike sentences, in the first one's words", () => {
    // "Ukraina", "rebut" and "Kursk" are in both sentences: three of the first's three words.
    const kursk = buildEventTimeline([a, b]).find((e) => e.id === "peristiwa-3");
    expect(kursk).toEqual({
      id: "peristiwa-3",
      iso: "2024-08",
      precision: "month",
      start: "2024-08-01",
      end: "2024-08-31",
      text: "Ukraina rebut Kursk pada Agustus 2024.",
      mentions: [
        { entry: "a", entryTitle: "Judul a", outlet: "Liputan6.com", words: "Agustus 2024", sentence: "Ukraina rebut Kursk pada Agustus 2024." },
        { entry: "b", entryTitle: "Judul b", outlet: null, words: "Agustus lalu", sentence: "Pada Agustus lalu, Ukraina rebut wilayah Kursk." },
      ],
    });
  });

  it("keeps apart the same date told in sentences that share one distinctive word only", () => {
    const c = entry({ id: "c", sentences: ["Ukraina serbu desa pada Agustus 2024."], mentions: [august("Agustus 2024", 0)] });
    expect(buildEventTimeline([a, c]).filter((e) => e.iso === "2024-08").map((e) => e.mentions.map((m) => m.entry))).toEqual([["a"], ["c"]]);
  });

  it("keeps apart the same month at another precision ('pertengahan Januari' and 'Januari')", () => {
    const sentence = "Korea tarik pasukan dari Kursk.";
    const c = entry({ id: "c", sentences: [sentence], mentions: [mention({ text: "pertengahan Januari", iso: "2025-01", precision: "mid-month", start: "2025-01-11", end: "2025-01-20", sentence: 0 })] });
    const d = entry({ id: "d", sentences: [sentence], mentions: [mention({ text: "Januari", iso: "2025-01", precision: "month", start: "2025-01-01", end: "2025-01-31", sentence: 0 })] });
    expect(buildEventTimeline([c, d]).map((e) => [e.precision, e.mentions.map((m) => m.entry)])).toEqual([
      ["month", ["d"]],
      ["mid-month", ["c"]],
    ]);
  });

  it("leaves out years counted from the article ('tahun lalu', 'dua tahun terakhir'), not months ('Agustus lalu')", () => {
    const c = entry({
      id: "c",
      sentences: ["Korea kirim pasukan tahun lalu.", "Perang dua tahun terakhir.", "Ukraina rebut Kursk Agustus lalu."],
      mentions: [
        mention({ text: "tahun lalu", iso: "2024", precision: "year", start: "2024-01-01", end: "2024-12-31", sentence: 0, relative: true }),
        mention({ text: "dua tahun terakhir", iso: "2023/2024", precision: "year-range", start: "2023-01-01", end: "2024-12-31", sentence: 1, relative: true }),
        august("Agustus lalu", 2, true),
      ],
    });
    expect(buildEventTimeline([c]).map((e) => e.mentions[0]!.words)).toEqual(["Agustus lalu"]);
  });

  it("counts a date written twice in one sentence of one article once", () => {
    const c = entry({ id: "c", sentences: ["Agustus 2024 berat; Agustus 2024 panas."], mentions: [august("Agustus 2024", 0), august("Agustus 2024", 0)] });
    expect(buildEventTimeline([c]).map((e) => e.mentions.length)).toEqual([1]);
  });

  it("tells a date on a dropped line by that line, or by its own words when the line is not kept", () => {
    const byline = mention({ text: "27 February 2025 16:59", iso: "2025-02-27T16:59", precision: "minute", start: "2025-02-27", end: "2025-02-27", sentence: null, line: 7 });
    const kept = entry({ id: "c", sentences: ["Isi."], mentions: [byline], removed: [{ text: "Riza Aslam Khaeron • 27 February 2025 16:59", rule: "byline-dot-date", line: 7 }] });
    const lost = entry({ id: "d", sentences: ["Isi."], mentions: [byline], removed: [{ text: "Baca Juga:", rule: "related-marker", line: 8 }] });
    expect(buildEventTimeline([kept]).map((e) => e.text)).toEqual(["Riza Aslam Khaeron • 27 February 2025 16:59"]);
    expect(buildEventTimeline([lost]).map((e) => e.text)).toEqual(["27 February 2025 16:59"]);
  });
});
