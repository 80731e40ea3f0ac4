/**
 * The items of the Atom and JSON feeds: the newest reports, dated by their
 * publication date (never the time of the build). A feed item needs a date,
 * so undated reports stay out of the feeds; they are listed on the site's
 * "Tanpa tanggal" page.
 */
import { escapeHtml } from "./escape-html.ts";
import type { EntryView } from "./entry-view.ts";

export interface FeedItem {
  url: string;
  title: string;
  date: Date;
  summary: string;
  contentHtml: string;
  outlet: string;
}

export const FEED_SIZE = 50;

/** Characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/F): dropped from feed text. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlSafe = (text: string) => text.replace(NOT_XML, "");

/** Minute dates are as the outlet printed them, Western Indonesian Time. */
function publishedDate(published: NonNullable<EntryView["entry"]["published"]>): Date {
  const { date, precision, start } = published;
  return precision === "minute" ? new Date(`${date}:00+07:00`) : new Date(`${start}T00:00:00Z`);
}

/**
 * The newest `size` dated reports, newest first, their text safe for XML.
 *
 * @example
 * feedItems(views).map((i) => i.date.toISOString().slice(0, 10))
 * //=> ["2025-04-01", "2025-02-27", "2025-02-27", "2025-02-05", "2024-12-17"]
 */
export function feedItems(views: readonly EntryView[], size = FEED_SIZE): FeedItem[] {
  return views
    .flatMap((view) => (view.entry.published ? [{ view, published: view.entry.published }] : []))
    .slice(-size)
    .reverse()
    .map(({ view, published }) => ({
      url: view.url,
      title: xmlSafe(view.title),
      date: publishedDate(published),
      summary: xmlSafe(view.description),
      outlet: xmlSafe(view.outlet.name),
      contentHtml: xmlSafe([
        `<p>${escapeHtml(`${view.outlet.name} · ${view.dateLabel}${view.figuresLine ? ` · ${view.figuresLine}` : ""}`)}</p>`,
        ...view.entry.paragraphs.map((p) => (p.kind === "subheading" ? `<h2>${escapeHtml(p.text)}</h2>` : `<p>${escapeHtml(p.text)}</p>`)),
      ].join("\n")),
    }));
}
