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

  it("warns that an estimated date is an estimate", () => {
    const file = new VFile({ path: "seeds/x.txt" });
    placeArticle(read(UNDATED), read(UNDATED).ownDate, file);
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([["date-estimated", false]]);
  });
});

describe("dateArticle", () => {
  it("keeps the date an article gives itself", () => {
    expect(dateArticle(read(DATED), null)).toMatchObject({ date: "2025-02-28", basis: "front-matter" });
  });

  it("narrows an estimate with a dated article that tells the same report", () => {
    const dated = placeArticle(read(DATED), read(DATED).ownDate, new VFile())!;
    expect(read(UNDATED).ownDate).toMatchObject({ date: "2024-10", basis: "estimate", estimated: true });
    const narrowed = dateArticle(read(UNDATED), contextIndex(toContext([dated])));
    expect(narrowed).toMatchObject({ date: "2025-02", basis: "context", estimated: true });
  });
});

describe("placeReadings", () => {
  it("places the dated articles first and dates the others from them, whatever the order of the files", () => {
    const placed = placeReadings([read(UNDATED, "a.txt"), read(DATED, "b.txt")], ["seeds/a.txt", "seeds/b.txt"]);
    expect(placed.map((p) => p?.entry?.published?.basis)).toEqual(["context", "front-matter"]);
  });

  it("leaves a file that could not be read without a place", () => {
    expect(placeReadings([null], ["seeds/a.txt"])).toEqual([null]);
  });
});
