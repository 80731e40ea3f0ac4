import { describe, expect, it } from "vitest";
import { buildEntryView } from "../../src/site/entry-view.ts";
import { feedItems } from "../../src/site/feed-items.ts";
import { makeEntry } from "./fixtures/make-entry.ts";

const links = { claimant: (id: string) => `/sumber/${id}/`, outlet: () => "/media/x/" };
const views = [
  makeEntry({ id: "a", published: { date: "2024-12-17" }, paragraphs: [["Pertama <b>tebal</b>."]] }),
  makeEntry({ id: "b", published: { date: "2025-02-27T16:59", precision: "minute", start: "2025-02-27", end: "2025-02-27" }, paragraphs: [["Kedua."]] }),
  makeEntry({ id: "c", published: { date: "2025-04", precision: "month", start: "2025-04-01", end: "2025-04-30", estimated: true }, paragraphs: [["Ketiga."]] }),
].map((e) => buildEntryView(e, links));

describe("feedItems", () => {
  it("lists the newest reports first", () => expect(feedItems(views).map((i) => i.url)).toEqual(["/artikel/c/", "/artikel/b/", "/artikel/a/"]));
  it("dates items by their publication date, a minute in Western Indonesian Time", () =>
    expect(feedItems(views).map((i) => i.date.toISOString())).toEqual(["2025-04-01T00:00:00.000Z", "2025-02-27T09:59:00.000Z", "2024-12-17T00:00:00.000Z"]));
  it("keeps only the newest `size` reports", () => expect(feedItems(views, 2)).toHaveLength(2));
  it("leaves undated reports out: a feed item needs a date", () => {
    const undated = buildEntryView(makeEntry({ id: "u", published: null, paragraphs: [["Tanpa tanggal."]] }), links);
    expect(feedItems([...views, undated]).map((i) => i.url)).toEqual(["/artikel/c/", "/artikel/b/", "/artikel/a/"]);
  });
  it("gives the text as escaped HTML paragraphs", () =>
    expect(feedItems(views)[2]!.contentHtml).toBe("<p>Liputan6.com · 17 Desember 2024</p>\n<p>Pertama &lt;b&gt;tebal&lt;/b&gt;.</p>"));
});

describe("feedItems on text XML cannot hold", () => {
  it("drops control characters and lone surrogates, keeping tabs, newlines and emoji", () => {
    const odd = buildEntryView(makeEntry({ id: "x", title: "Bel\u0007 \ud800 ok 🇰🇷", paragraphs: [["Teks\u0001 dengan\ttab."]] }), links);
    const [item] = feedItems([odd]);
    expect(item!.title).toBe("Bel  ok 🇰🇷");
    expect(item!.contentHtml).toContain("Teks dengan\ttab.");
  });
});
