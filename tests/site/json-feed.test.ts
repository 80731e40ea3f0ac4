import { describe, expect, it } from "vitest";
import { jsonFeed } from "../../src/site/json-feed.ts";

const site = { url: "https://linimasa.example", tagline: "Siapa mengklaim apa", lang: "id", author: "Redaksi", feeds: { atom: "/feed.xml", json: "/feed.json", title: "Laporan terbaru" } };
const item = { url: "/artikel/a/", title: "Judul <b>", date: new Date("2025-02-27T09:59:00Z"), summary: "Ringkasan", contentHtml: "<p>Teks</p>", outlet: "Metrotvnews.com" };

describe("jsonFeed", () => {
  it("is JSON Feed 1.1 with absolute addresses and RFC 3339 dates", () => {
    const feed = JSON.parse(jsonFeed([item], site));
    expect(feed).toEqual({
      version: "https://jsonfeed.org/version/1.1",
      title: "Laporan terbaru",
      description: "Siapa mengklaim apa",
      language: "id",
      home_page_url: "https://linimasa.example/",
      feed_url: "https://linimasa.example/feed.json",
      authors: [{ name: "Redaksi" }],
      items: [
        {
          id: "https://linimasa.example/artikel/a/",
          url: "https://linimasa.example/artikel/a/",
          title: "Judul <b>",
          date_published: "2025-02-27T09:59:00Z",
          authors: [{ name: "Metrotvnews.com" }],
          summary: "Ringkasan",
          content_html: "<p>Teks</p>",
        },
      ],
    });
  });

  it("never holds markup characters as such, so a browser sniffing it finds none", () => {
    expect(jsonFeed([item], site)).not.toMatch(/[<>]/u);
  });

  it("is valid with no items", () => {
    expect(JSON.parse(jsonFeed([], site)).items).toEqual([]);
  });
});
