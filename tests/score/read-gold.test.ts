import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GoldError, readGold } from "../../src/score/read-gold.ts";

const FULL = path.join(import.meta.dirname, "fixtures/full");
const GENERAL = path.join(import.meta.dirname, "fixtures/general");

const article = {
  file: "01-a.txt",
  on_topic: true,
  outlet: "Warta",
  published: "2025-02-06",
  published_basis: "url",
  dateline_place: null,
  title: null,
  figures: [],
};

let dir = "";
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function corpus(gold: string, files = ["01-a.txt"]): string {
  dir = mkdtempSync(path.join(os.tmpdir(), "gold-test-"));
  for (const f of files) writeFileSync(path.join(dir, f), "Jakarta - Teks.\n");
  writeFileSync(path.join(dir, "gold.json"), gold);
  return dir;
}

const failure = (d: string): string => {
  try {
    readGold(d);
  } catch (error) {
    expect(error).toBeInstanceOf(GoldError);
    return (error as Error).message;
  }
  throw new Error("readGold did not fail");
};

describe("readGold", () => {
  it("reads both forms of gold.json", () => {
    expect(readGold(FULL).map((g) => g.figures?.length)).toEqual([3, 2, 0, 1, 0]);
    expect(readGold(GENERAL).map((g) => [g.outlet_named_in_text, g.figures])).toEqual([[true, null], [false, null], [false, null]]);
  });

  it("names the file, the entry and the field of a malformed value", () => {
    const d = corpus(JSON.stringify([{ ...article, published: "6 Februari 2025" }]));
    expect(failure(d)).toBe(`${path.join(d, "gold.json")}: entry 1 ("01-a.txt"), field "published": expected a date YYYY-MM-DD`);
  });

  it("names the field of a figure", () => {
    const d = corpus(JSON.stringify([{ ...article, figures: [{ min: 1, max: 1, what: "troops", attributed_to: "NIS", quote: "satu" }] }]));
    expect(failure(d)).toMatch(/entry 1 \("01-a\.txt"\), field "figures\.0\.what": /u);
  });

  it("names a missing field", () => {
    const { on_topic: _, ...rest } = article;
    expect(failure(corpus(JSON.stringify([rest])))).toMatch(/field "on_topic"/u);
  });

  it("says where the JSON is broken", () => {
    expect(failure(corpus("[{"))).toMatch(/gold\.json: not valid JSON/u);
  });

  it("refuses a file listed twice, and a file the folder lacks", () => {
    expect(failure(corpus(JSON.stringify([article, article])))).toMatch(/entry 2, field "file": "01-a\.txt" is annotated twice/u);
    expect(failure(corpus(JSON.stringify([{ ...article, file: "02-b.txt" }])))).toMatch(/"02-b\.txt" is not in /u);
  });

  it("asks for a gold.json when there is none", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "gold-test-"));
    expect(failure(dir)).toMatch(/gold\.json: not found/u);
  });
});
