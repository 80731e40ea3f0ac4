import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatArticle, formatRatio, formatSummary } from "../../src/score/format-score.ts";
import { scoreCorpus } from "../../src/score/score-corpus.ts";

const full = await scoreCorpus(path.join(import.meta.dirname, "fixtures/full"));
const general = await scoreCorpus(path.join(import.meta.dirname, "fixtures/general"));
const file = (name: string) => full.files.find((f) => f.file.startsWith(name))!;

describe("formatRatio", () => {
  it("writes n/of with a percentage, and n/a for none", () => {
    expect(formatRatio({ n: 9, of: 18 })).toBe("9/18 (50.0%)");
    expect(formatRatio({ n: 2, of: 3 })).toBe("2/3 (66.7%)");
    expect(formatRatio({ n: 0, of: 0 })).toBe("0/0 (n/a)");
  });
});

describe("formatArticle", () => {
  it("says nothing of a file that is all right", () => {
    expect(formatArticle(file("01"))).toEqual([]);
  });

  it("lists each miss and extra with what was got and expected", () => {
    expect(formatArticle(file("02"))).toEqual([
      'outlet: got none, expected "Warta Harian (wartaharian.id)" (not named in the text: none is acceptable there)',
      "published: got 2025-02-05 (dateline-sentence, estimated), expected 2025-02-06 (not stated in the text): a day off, estimate holds",
      'vague figure, left out of precision: wounded 1000–9999 by nis (agency): "ribuan tentara lainnya terluka"',
    ]);
  });

  it("says once what a refused file missed", () => {
    const lines = formatArticle(file("05"));
    expect(lines[0]).toMatch(/^refused: no-text-left: /u);
    expect(lines.slice(1)).toEqual(['missed: outlet "Kabar Kursk", published 2025-01-22, dateline place none, title none']);
  });

  it("says that an article nothing dates was listed as undated", () => {
    expect(formatArticle(file("04"))).toEqual([
      'outlet: got none, expected "Lintas Berita" (not named in the text: none is acceptable there)',
      "published: got none (listed as undated), expected 2025-01-20 (not stated in the text)",
    ]);
  });

  it("names troop figures found in an off-topic control", () => {
    expect(formatArticle(file("03"))).toEqual(['troop figure in an off-topic control: deployed 500 by outlet (self): "500 personel gabungan TNI dan Polri dikerahkan"']);
  });

  it("shows every check of a file when asked", () => {
    expect(formatArticle(file("01"), true).slice(0, 2)).toEqual([
      'ok   outlet: got "KABARPAGI.COM", expected "KabarPagi (kabarpagi.com)"',
      "ok   published: got 2025-03-13T10:15 (date-line), expected 2025-03-13 (stated in the text)",
    ]);
  });
});

describe("formatSummary", () => {
  it("fits in ten lines and ends with the off-topic count", () => {
    const lines = formatSummary("full", full.totals);
    expect(lines.length).toBeLessThanOrEqual(10);
    expect(lines[0]).toBe("full: 5 files, refused 1/5 (20.0%)");
    expect(lines).toContain("figures recall 6/6 (100.0%) by value, 6/6 (100.0%) with category; precision 6/7 (85.7%) by value, 6/7 (85.7%) with category (1 vague magnitudes left out)");
    expect(lines.at(-1)).toBe("off-topic troop figures 1");
  });

  it("says so when the corpus annotates no figures", () => {
    const lines = formatSummary("general", general.totals);
    expect(lines.length).toBeLessThanOrEqual(10);
    expect(lines).toContain("figures not annotated in this corpus");
    expect(lines[2]).toMatch(/where the page has no date: undated or estimated 1\/1 \(100\.0%\), confidently dated anyway 0$/u);
  });
});
