import { describe, expect, it } from "vitest";
import { articleName } from "../../src/editor/article-name.ts";
import { makeEntry } from "../site/fixtures/make-entry.ts";

const entry = (published: Parameters<typeof makeEntry>[0]["published"]) =>
  makeEntry({ id: "a", title: "Korea Utara Kirim Pasukan Tambahan ke Rusia", outlet: "Antara", published, paragraphs: [["Satu kalimat."]] });

describe("articleName", () => {
  it("opens with the day, or the month of a month's estimate", () => {
    expect(articleName(entry({ date: "2025-03-13" }))).toBe("2025-03-13-antara-korea-utara-kirim-pasukan-tambahan-ke-rusia.txt");
    expect(articleName(entry({ date: "2025-03", precision: "month", start: "2025-03-01", end: "2025-03-31", estimated: true }))).toBe("2025-03-antara-korea-utara-kirim-pasukan-tambahan-ke-rusia.txt");
  });

  it("says 'tanpa-tanggal' for an article nothing dates", () =>
    expect(articleName(entry(null))).toBe("tanpa-tanggal-antara-korea-utara-kirim-pasukan-tambahan-ke-rusia.txt"));
});
