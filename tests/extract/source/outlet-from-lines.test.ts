import { describe, expect, it } from "vitest";
import { outletFromLines } from "../../../src/extract/source/outlet-from-lines.ts";

describe("outletFromLines", () => {
  it("names the outlet from a footer line", () => {
    expect(outletFromLines([{ text: "Google News Metrotvnews.com", rule: "google-news-line", line: 44 }])).toEqual({
      outlet: "Metrotvnews.com",
      basis: "footer",
      known: true,
    });
  });
  it("prefers a byline to an earlier footer line", () => {
    expect(
      outletFromLines([
        { text: "Follow Berita Okezone di Google News", rule: "follow-cta", line: 2 },
        { text: "Kurniawan Fadilah - detikNews", rule: "byline-outlet", line: 3 },
      ]),
    ).toEqual({ outlet: "detikcom", basis: "byline", known: true });
  });
  it("ignores lines whose rule does not name the publisher (photo credits, widgets)", () => {
    expect(
      outletFromLines([
        { text: "Presiden berpidato. ANTARA FOTO/Aditya Pradana Putra", rule: "photo-credit-agency", line: 2 },
        { text: "MEMBACA  Berita Kompas.com lain", rule: "related-widget", line: 3 },
        { text: "Tinggalkan komentar", rule: "comment-prompt", line: 4 },
      ]),
    ).toBeNull();
  });
});
