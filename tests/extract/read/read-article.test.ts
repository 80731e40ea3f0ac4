import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/extract/read/read-article.ts";
import articleLines from "../../../src/extract/read/plugins/article-lines.ts";
import attributeClaims from "../../../src/extract/read/plugins/attribute-claims.ts";
import cleanBoilerplate from "../../../src/extract/read/plugins/clean-boilerplate.ts";
import findFigures from "../../../src/extract/read/plugins/find-figures.ts";
import plainTextSyntax from "../../../src/extract/read/plugins/plain-text-syntax.ts";
import splitSentences from "../../../src/extract/read/plugins/split-sentences.ts";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const ARTICLE = [
  "Seoul Sebut 300 Tentara Korea Utara Tewas",
  "",
  "Jakarta - Badan Intelijen Nasional Korea Selatan (NIS) mengatakan pada Senin (13/1/2025) bahwa sekitar 300 tentara Korea Utara tewas di Kursk.",
  "",
  "Baca juga: Harga Cabai Naik Lagi",
  "",
  "Menurut NIS, 2.700 tentara Korea Utara terluka dalam pertempuran sejak Desember.",
].join("\n");

describe("readArticle", () => {
  it("reads everything that does not depend on the publication date", () => {
    const { reading, file } = readArticle({ name: "nis-300.txt", bytes: encode(ARTICLE) });
    expect(file.messages).toEqual([]);
    expect(reading?.headline).toEqual({ text: "Seoul Sebut 300 Tentara Korea Utara Tewas", line: 1 });
    expect(reading?.removed.map((r) => [r.line, r.rule])).toEqual([[5, "related-link"]]);
    expect(reading?.sentences.map((s) => [s.place.line, s.attribution.claimant.id, s.claim])).toEqual([
      [3, "nis", true],
      [7, "nis", true],
    ]);
    expect(reading?.sentences[0]!.dates.map((d) => d.text)).toEqual(["Senin (13/1/2025)"]);
    // The opening sentence dates its news: the page is of that day or the next.
    expect(reading?.ownDate).toMatchObject({ date: "2025-01-13", basis: "dateline-sentence", estimated: true, start: "2025-01-13", end: "2025-01-14" });
  });

  it("leaves every figure's time to placing: a reading holds no calendar dates but its own", () => {
    const { reading } = readArticle({ name: "nis-300.txt", bytes: encode(ARTICLE) });
    expect(reading?.figures.map((f) => [f.min, f.category, f.claimant.id])).toEqual([
      [300, "killed", "nis"],
      [2700, "wounded", "nis"],
    ]);
    expect(reading?.figures.every((f) => !("refersTo" in f))).toBe(true);
  });

  it("is plain data that survives a trip through JSON, as the cache stores it", () => {
    const { reading } = readArticle({ name: "nis-300.txt", bytes: encode(ARTICLE) });
    expect(JSON.parse(JSON.stringify(reading))).toEqual(reading);
  });

  it("gives no reading for a file that is not an article, and says why", () => {
    const { reading, file } = readArticle({ name: "kosong.txt", bytes: encode("   \n") });
    expect(reading).toBeNull();
    expect(file.messages.map((m) => m.ruleId)).toEqual(["empty-file"]);
  });
});

describe("the reading steps", () => {
  it("fail loudly when a step runs before the step it needs", () => {
    const outOfOrder = unified().use(remarkParse).use(plainTextSyntax).use(articleLines).use(cleanBoilerplate).use(splitSentences).use(findFigures);
    const file = new VFile({ path: "seeds/x.txt", value: ARTICLE });
    expect(() => outOfOrder.runSync(outOfOrder.parse(file), file)).toThrow("The reading step find-figures needs attribute-claims to run before it");
  });

  it("say which step is missing when the source was never detected", () => {
    const outOfOrder = unified().use(remarkParse).use(plainTextSyntax).use(articleLines).use(cleanBoilerplate).use(splitSentences).use(attributeClaims);
    const file = new VFile({ path: "seeds/x.txt", value: ARTICLE });
    expect(() => outOfOrder.runSync(outOfOrder.parse(file), file)).toThrow("The reading step attribute-claims needs detect-source to run before it");
  });
});
