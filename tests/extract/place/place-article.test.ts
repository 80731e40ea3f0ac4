import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { dateArticle } from "../../../src/extract/place/date-article.ts";
import { placeArticle } from "../../../src/extract/place/place-article.ts";
import { placeReadings } from "../../../src/extract/place/place-readings.ts";
import { toContext } from "../../../src/extract/published/context-entry.ts";
import { contextIndex } from "../../../src/extract/published/context-index.ts";
import { readArticle } from "../../../src/extract/read/read-article.ts";
import type { Published } from "../../../src/schema/entry.ts";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (text: string, name = "artikel.txt") => readArticle({ name, bytes: encode(text) }).reading!;

const UNDATED = [
  "Jakarta - Korea Utara mengirim 3.000 tentara tambahan ke Rusia, menurut Badan Intelijen Nasional Korea Selatan, yang memantau Kursk sejak Oktober 2024.",
  "",
  "Pasukan tambahan itu tiba di Rusia pada Kamis (27/2), kata NIS.",
].join("\n");

/** The same report with its weekday alone ("pada Kamis"): only the dated report can place it. */
const WEEKDAY_ONLY = [
  "Jakarta - Korea Utara mengirim 3.000 tentara tambahan ke Rusia, menurut Badan Intelijen Nasional Korea Selatan, yang memantau Kursk sejak Oktober 2024.",
  "",
  "Pasukan tambahan itu tiba di Rusia pada Kamis, kata NIS.",
].join("\n");

/** A report whose only date is a weekday with day and month: its year needs the other reports. */
const YEARLESS = "Jakarta - Pasukan tambahan itu tiba di Rusia pada Kamis (27/2), kata NIS kepada wartawan.";

const DATED = [
  "---",
  "published: 2025-02-28",
  "---",
  "Seoul - Pasukan tambahan itu tiba di Rusia pada Kamis (27/2/2025), kata NIS.",
].join("\n");

const day = (date: string): Published => ({ date, precision: "day", basis: "front-matter", estimated: false, text: date, reason: "front matter", start: date, end: date });

describe("placeArticle", () => {
  it("puts partial dates on the calendar against the publication date it is given", () => {
    const reading = read(UNDATED);
    const in2025 = placeArticle(reading, day("2025-03-01"), new VFile())!;
    const in2026 = placeArticle(reading, day("2026-03-01"), new VFile())!;
    expect(in2025.mentions.map((m) => m.iso)).toEqual(["2024-10", "2025-02-27"]);
    // A Thursday 27 February falls in 2025, not in 2026: the weekday keeps its year.
    expect(in2026.mentions.map((m) => m.iso)).toEqual(["2024-10", "2025-02-27"]);
  });

  it("dates a claim by the weekday it was stated and a figure by the nearest date of its clause", () => {
    const entry = placeArticle(read(UNDATED), day("2025-03-01"), new VFile())!;
    expect(entry.claims.map((c) => c.stated?.text ?? null)).toEqual([null, "Kamis (27/2)"]);
    expect(entry.figures.map((f) => [f.min, f.refersTo?.iso ?? null])).toEqual([[3000, null]]);
  });

  it("still makes the entry of an article nothing dates, undated, with a warning naming the front-matter key to add", () => {
    const file = new VFile({ path: "seeds/x.txt" });
    const entry = placeArticle(read("Jakarta - Pasukan itu tiba di Kursk pada Kamis (27/2), kata NIS. Mereka dikirim pada Oktober 2024."), null, file);
    expect(entry?.published).toBeNull();
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([["no-date", false]]);
    expect(file.messages[0]!.reason).toMatch(/published: YYYY-MM-DD/);
    // Only the mention that writes its own year is placed: "Kamis (27/2)" has none to go by.
    expect(entry?.mentions.map((m) => m.iso)).toEqual(["2024-10"]);
  });

  it("refuses only a file that is not an article, with no word about its date", () => {
    const file = new VFile({ path: "seeds/x.txt" });
    expect(placeArticle(read("ADVERTISEMENT\nBaca Juga\nSCROLL TO CONTINUE WITH CONTENT"), null, file)).toBeNull();
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([["no-text-left", true]]);
  });

  it("warns that an estimated date is an estimate, naming the rule that gave it", () => {
    const file = new VFile({ path: "seeds/x.txt" });
    placeArticle(read(UNDATED), read(UNDATED).ownDate, file);
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([["date-estimated", false]]);
    expect(file.messages[0]!.reason).toBe("The publication date is estimated (2025-02-27, by statement); add `published:` to the front matter if you know it");
  });

  it("reads a report's partial dates against the best day of an estimate, not the last day it allows", () => {
    // The statement of Thursday 27 February 2025 dates the report to that day or the next; "kemarin" is the 26th.
    const reading = read("Jakarta - NIS mengatakan pada Kamis (27/2/2025) bahwa pasukan tiba kemarin di Kursk.");
    expect(reading.ownDate).toMatchObject({ date: "2025-02-27", start: "2025-02-27", end: "2025-02-28", estimated: true });
    expect(placeArticle(reading, reading.ownDate, new VFile())!.mentions.map((m) => [m.text, m.iso])).toEqual([
      ["Kamis (27/2/2025)", "2025-02-27"],
      ["kemarin", "2025-02-26"],
    ]);
  });
});

describe("dateArticle", () => {
  it("keeps the date an article gives itself", () => {
    expect(dateArticle(read(DATED), null)).toMatchObject({ date: "2025-02-28", basis: "front-matter" });
  });

  it("keeps the day of writing the text gives, an estimate of that day or the next", () => {
    const dated = placeArticle(read(DATED), read(DATED).ownDate, new VFile())!;
    const own = read(UNDATED).ownDate;
    expect(own).toMatchObject({ date: "2025-02-27", basis: "statement", estimated: true, end: "2025-02-28" });
    expect(dateArticle(read(UNDATED), contextIndex(toContext([dated])))).toEqual(own);
  });

  it("narrows an estimate with a dated article that tells the same report", () => {
    const dated = placeArticle(read(DATED), read(DATED).ownDate, new VFile())!;
    expect(read(WEEKDAY_ONLY).ownDate).toMatchObject({ date: "2024-10", basis: "estimate", estimated: true });
    const narrowed = dateArticle(read(WEEKDAY_ONLY), contextIndex(toContext([dated])));
    expect(narrowed).toMatchObject({ date: "2025-02-27/2025-03-05", basis: "context", estimated: true });
  });

  it("places the year of a weekday date the text leaves without one by the other articles' dates", () => {
    const dated = placeArticle(read(DATED), read(DATED).ownDate, new VFile())!;
    expect(read(YEARLESS).ownDate).toBeNull();
    // Thursday 27 February falls in 2020 and 2025: the last such day up to some months after the newest dated report.
    expect(dateArticle(read(YEARLESS), contextIndex(toContext([dated])))).toMatchObject({
      date: "2025-02-27",
      basis: "dateline-sentence",
      estimated: true,
      start: "2025-02-27",
      end: "2025-02-28",
      reason: expect.stringMatching(/falls on that weekday in 2025, the last such year up to 2025-08-30/u),
    });
  });

  it("dates an article its text cannot date at all from the other articles", () => {
    const dated = placeArticle(read(DATED), read(DATED).ownDate, new VFile())!;
    const noDate = "Jakarta - Pasukan tambahan itu tiba di Rusia pada Kamis, kata NIS.";
    expect(read(noDate).ownDate).toBeNull();
    expect(dateArticle(read(noDate), contextIndex(toContext([dated])))).toMatchObject({ date: "2025-02-27/2025-03-05", basis: "context" });
    expect(dateArticle(read(noDate), null)).toBeNull();
  });
});

describe("placeReadings", () => {
  it("places the dated articles first and dates the others from them, whatever the order of the files", () => {
    const placed = placeReadings([read(WEEKDAY_ONLY, "a.txt"), read(DATED, "b.txt")], ["seeds/a.txt", "seeds/b.txt"]);
    expect(placed.map((p) => p?.entry?.published?.basis)).toEqual(["context", "front-matter"]);
  });

  it("leaves a file that could not be read without a place", () => {
    expect(placeReadings([null], ["seeds/a.txt"])).toEqual([null]);
  });
});
