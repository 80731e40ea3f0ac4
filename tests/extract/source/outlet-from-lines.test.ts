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

describe("outletFromLines with outlets the lexicon does not know", () => {
  it("names an unknown outlet by the domain in a byline, credit or footer, as written", () => {
    expect(outletFromLines([{ text: "© 2024 WartaBima.com - Semua hak dilindungi", rule: "copyright", line: 40 }])).toEqual({ outlet: "WartaBima.com", basis: "footer", known: false });
    expect(outletFromLines([{ text: "SURYAKITA.COM/Andi Saputra", rule: "outlet-photo-credit", line: 8 }])).toEqual({ outlet: "SURYAKITA.COM", basis: "byline", known: false });
    expect(outletFromLines([{ text: "(wartakita.co.id / Andi Saputra)", rule: "outlet-credit-suffix", line: 5 }])).toEqual({ outlet: "wartakita.co.id", basis: "byline", known: false });
  });
  it("names the outlet in the brand slot of a call to follow it", () => {
    expect(outletFromLines([{ text: "Ikuti Warta Bima di Google News", rule: "follow-outlet", line: 30 }])).toEqual({ outlet: "Warta Bima", basis: "footer", known: false });
    expect(outletFromLines([{ text: "Follow Berita Okezone di Google News", rule: "follow-outlet", line: 30 }])).toEqual({ outlet: "Okezone", basis: "footer", known: true });
  });
  it("takes a writer's report line for a byline", () => {
    expect(outletFromLines([{ text: "Laporan Wartawan Warta Bima, Andi Saputra", rule: "byline-report-of", line: 1 }])).toEqual({ outlet: "Warta Bima", basis: "byline", known: false });
  });
  it("does not take a network for the site", () => {
    expect(outletFromLines([{ text: "© 2025 KABARNUSA.com Network, bagian dari Nusa Media.", rule: "copyright", line: 38 }])).toBeNull();
    expect(outletFromLines([{ text: "Copyright © 2025 Kabarkita.com Group", rule: "copyright", line: 38 }])).toBeNull();
  });
});
