/**
 * The JSON Feed (https://jsonfeed.org/version/1.1) of the newest reports,
 * written from TypeScript like the other downloads; its items are the Atom
 * feed's (`feedItems`).
 */
import type { FeedItem } from "./feed-items.ts";
import { toJson } from "./safe-json.ts";
import type { SiteSettings } from "./site-settings.ts";

/** A date as RFC 3339 in UTC, without milliseconds, as the Atom feed writes it. */
const rfc3339 = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/u, "Z");

/**
 * The feed's text.
 *
 * @example
 * jsonFeed(feedItems(views), loadSiteSettings())
 * //=> '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "Laporan terbaru Linimasa Kursk", …'
 */
export function jsonFeed(items: readonly FeedItem[], site: Pick<SiteSettings, "url" | "tagline" | "lang" | "author" | "feeds">): string {
  const absolute = (url: string): string => new URL(url, site.url).toString();
  const item = (i: FeedItem): string =>
    [
      "    {",
      `      "id": ${toJson(absolute(i.url))},`,
      `      "url": ${toJson(absolute(i.url))},`,
      `      "title": ${toJson(i.title)},`,
      `      "date_published": "${rfc3339(i.date)}",`,
      `      "authors": [{ "name": ${toJson(i.outlet)} }],`,
      `      "summary": ${toJson(i.summary)},`,
      `      "content_html": ${toJson(i.contentHtml)}`,
      "    }",
    ].join("\n");
  return [
    "{",
    '  "version": "https://jsonfeed.org/version/1.1",',
    `  "title": ${toJson(site.feeds.title)},`,
    `  "description": ${toJson(site.tagline)},`,
    `  "language": ${toJson(site.lang)},`,
    `  "home_page_url": ${toJson(absolute("/"))},`,
    `  "feed_url": ${toJson(absolute(site.feeds.json))},`,
    `  "authors": [{ "name": ${toJson(site.author)} }],`,
    `  "items": [${items.map((i) => `\n${item(i)}`).join(",")}`,
    "  ]",
    "}",
    "",
  ].join("\n");
}
