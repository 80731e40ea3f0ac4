import { describe, expect, it } from "vitest";
import { leadSentence, openingLine } from "../../../src/extract/published/article-opening.ts";

const PROSE_1 = "Harga beras di pasar induk kembali naik sejak awal pekan ini, kata para pedagang kepada wartawan.";
const PROSE_2 = "Kenaikan itu dipicu pasokan yang seret dari sentra produksi di Jawa Tengah dan Jawa Timur.";

describe("leadSentence", () => {
  it("finds the sentence that opens with the dateline", () =>
    expect(leadSentence([{ text: "Berita Terkini" }, { text: "Jakarta - Harga beras naik." }], "Jakarta -")).toBe(1));
  it("is the first sentence without a dateline, or when none opens with it", () => {
    expect(leadSentence([{ text: "Harga beras naik." }], null)).toBe(0);
    expect(leadSentence([{ text: "Harga beras naik." }], "Bandung -")).toBe(0);
  });
});

describe("openingLine", () => {
  it("is the dateline's line when there is one", () => expect(openingLine([{ text: PROSE_1, line: 4 }], 9)).toBe(9));
  it("is the second paragraph of prose otherwise: a header may hold a summary", () =>
    expect(openingLine([{ text: "Home / Berita", line: 1 }, { text: PROSE_1, line: 4 }, { text: "Kamis, 30 Maret 2023", line: 6 }, { text: PROSE_2, line: 8 }], null)).toBe(8));
  it("is unknown with less than two paragraphs of prose", () => expect(openingLine([{ text: PROSE_1, line: 4 }], null)).toBeNull());
});
