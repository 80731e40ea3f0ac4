/**
 * The data Eleventy renders: entries in order, with everything the templates
 * show already worked out (labels, links, neighbours, marked-up text, page
 * splits, charts), so templates only place values.
 */
import { buildDigest } from "../digest/build-digest.ts";
import { claimsLexicon } from "../extract/claims/compile-lexicon.ts";
import type { Digest } from "../schema/digest.ts";
import type { Entry } from "../schema/entry.ts";
import { buildClaimantPages, type ClaimantPage, type ClaimantSummary } from "./claimant-pages.ts";
import { contentSecurityPolicy } from "./content-security-policy.ts";
import { buildEntryView, type EntryView } from "./entry-view.ts";
import { buildEventPages, type EventPages } from "./event-pages.ts";
import { feedItems, type FeedItem } from "./feed-items.ts";
import { buildFigureSections, type FigureSection } from "./figure-sections.ts";
import { buildOutletPages, type OutletPage, type OutletSummary } from "./outlet-pages.ts";
import { renderChart } from "./render-chart.ts";
import { buildTimeline, type Timeline } from "./timeline-pages.ts";
import { urlRegistry } from "./url-registry.ts";
import { compareKeys } from "./compare-text.ts";

export type { EntryView } from "./entry-view.ts";

export interface SiteData {
  /** Every entry, oldest first, the undated ones last. */
  entries: EntryView[];
  timeline: Timeline;
  events: EventPages;
  claimants: { summaries: ClaimantSummary[]; pages: ClaimantPage[] };
  outlets: { summaries: OutletSummary[]; pages: OutletPage[] };
  /** The "Angka" page; `inline` when every section fits on the one page. */
  figures: { sections: FigureSection[]; inline: boolean; total: number };
  feed: { items: FeedItem[]; updated: Date };
  /** Content-Security-Policy of every page. */
  csp: string;
  /** ISO date of the newest dated article: the site's "updated" date, never the wall clock. */
  updated: string;
  /** The raw entries, as published in /data/entries.json. */
  raw: Entry[];
  /** Ledgers, corroborations, disagreements and events across entries (/data/digest.json). */
  digest: Digest;
  /** The pages of each paginated collection Eleventy renders: all, or on a rebuild those whose view changed. */
  render: RenderSet;
}

/** The paginated collections Eleventy renders, by the name the templates paginate over (`linimasa.render.<name>`). */
export interface RenderSet {
  entries: EntryView[];
  timelinePages: Timeline["pages"];
  outletPages: OutletPage[];
  eventPages: EventPages["pages"];
  claimantPages: ClaimantPage[];
  figureSections: FigureSection[];
}

/** Estimates on the one "Angka" page at most; beyond, each category has its own page only. */
const FIGURES_INLINE_MAX = 400;

/** Oldest first, undated last; ties broken by file name so the order never depends on the disk. */
export function compareEntries(a: Entry, b: Entry): number {
  const [p, q] = [a.published, b.published];
  if (p === null || q === null) return p === q ? compareKeys(a.file, b.file) : p === null ? 1 : -1;
  return compareKeys(p.start, q.start) || compareKeys(p.date, q.date) || compareKeys(a.file, b.file);
}

/**
 * Build the view model of the site from parsed entries.
 *
 * @example
 * buildSiteData(entries).entries.map((e) => e.dateLabel)
 * //=> ["17 Desember 2024", "5 Februari 2025", "perkiraan: pekan 27 Februari–5 Maret 2025", "27 Februari 2025, 16.59", "perkiraan: April 2025"]
 */
export function buildSiteData(entries: Entry[]): Omit<SiteData, "render"> {
  const sorted = [...entries].sort(compareEntries);
  const claimantSegment = urlRegistry();
  const outletSegment = urlRegistry(["tidak-diketahui"]);
  const claimantUrl = (id: string) => `/sumber/${claimantSegment(id)}/`;
  const outletUrl = (name: string | null) => (name === null ? "/media/tidak-diketahui/" : `/media/${outletSegment(name)}/`);
  const views = sorted.map((entry) => buildEntryView(entry, { claimant: claimantUrl, outlet: outletUrl }));
  views.forEach((view, i) => {
    const before = views[i - 1];
    const after = views[i + 1];
    view.previous = before ? { url: before.url, title: before.title } : null;
    view.next = after ? { url: after.url, title: after.title } : null;
  });
  const entryUrl = new Map(views.map((v) => [v.id, v.url]));
  const urlOfEntry = (id: string) => entryUrl.get(id) ?? "/";
  const digest = buildDigest(sorted);
  const sections = buildFigureSections(digest, { entry: urlOfEntry, claimant: claimantUrl });
  const total = sections.reduce((n, s) => n + s.rows.length, 0);
  const items = feedItems(views);
  return {
    entries: views,
    timeline: buildTimeline(views),
    events: buildEventPages(digest.events, urlOfEntry),
    claimants: buildClaimantPages(views, claimsLexicon().actors, claimantUrl),
    outlets: buildOutletPages(views),
    figures: { sections, inline: total <= FIGURES_INLINE_MAX, total },
    feed: { items, updated: items.reduce((max, i) => (i.date > max ? i.date : max), new Date(0)) },
    csp: contentSecurityPolicy(),
    updated: sorted.reduce((max, e) => (e.published && e.published.end > max ? e.published.end : max), "1970-01-01"),
    raw: sorted,
    digest,
  };
}

/** Render the charts of the "Angka" pages into the site data (cached by their data, on disk too: unchanged charts are not drawn again). */
export async function renderFigureCharts(site: SiteData): Promise<SiteData> {
  for (const section of site.figures.sections) {
    const { spec, id, title, description } = section.chart;
    section.chart.svg = await renderChart(spec, { id, title, description });
  }
  return site;
}
