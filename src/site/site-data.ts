/**
 * The data Eleventy renders: entries in order, with everything the templates
 * show already worked out (labels, links, neighbours), so templates only
 * place values.
 */
import { buildDigest } from "../digest/build-digest.ts";
import type { Digest } from "../schema/digest.ts";
import type { Entry } from "../schema/entry.ts";
import { figuresCsv } from "./figures-csv.ts";
import { formatDate } from "./format-date.ts";

export interface EntryView {
  entry: Entry;
  url: string;
  dateLabel: string;
  /** Month key `YYYY-MM` for grouping the timeline. */
  month: string;
  previous: { url: string; title: string } | null;
  next: { url: string; title: string } | null;
}

export interface MonthView {
  key: string;
  label: string;
  entries: EntryView[];
}

export interface SiteData {
  entries: EntryView[];
  months: MonthView[];
  /** ISO date of the newest article: the site's "updated" date, never the wall clock. */
  updated: string;
  /** The raw entries, as published in /data/entries.json. */
  raw: Entry[];
  /** Ledgers, corroborations, disagreements and events across entries (/data/digest.json). */
  digest: Digest;
  /** /data/figures.csv */
  figuresCsv: string;
}

/** Oldest first; ties broken by file name so the order never depends on the disk. */
export function compareEntries(a: Entry, b: Entry): number {
  return a.published.start.localeCompare(b.published.start) || a.published.date.localeCompare(b.published.date) || a.file.localeCompare(b.file);
}

/**
 * Build the view model of the site from parsed entries.
 *
 * @example
 * buildSiteData(entries).entries.map((e) => e.dateLabel)
 * //=> ["17 Desember 2024", "5 Februari 2025", "perkiraan: akhir Februari 2025", "27 Februari 2025, 16.59", …]
 */
export function buildSiteData(entries: Entry[]): SiteData {
  const sorted = [...entries].sort(compareEntries);
  const views: EntryView[] = sorted.map((entry) => ({
    entry,
    url: `/artikel/${entry.id}/`,
    dateLabel: formatDate(entry.published.date, entry.published.precision, entry.published.estimated),
    month: entry.published.start.slice(0, 7),
    previous: null,
    next: null,
  }));
  views.forEach((view, i) => {
    const before = views[i - 1];
    const after = views[i + 1];
    view.previous = before ? { url: before.url, title: before.entry.title } : null;
    view.next = after ? { url: after.url, title: after.entry.title } : null;
  });
  const months = new Map<string, MonthView>();
  for (const view of views) {
    let month = months.get(view.month);
    if (!month) {
      month = { key: view.month, label: formatDate(view.month, "month"), entries: [] };
      months.set(view.month, month);
    }
    month.entries.push(view);
  }
  return {
    entries: views,
    months: [...months.values()],
    updated: sorted.reduce((max, e) => (e.published.end > max ? e.published.end : max), "1970-01-01"),
    raw: sorted,
    digest: buildDigest(sorted),
    figuresCsv: figuresCsv(sorted),
  };
}

let provided: SiteData | undefined;

/** Hand the site data to the Eleventy plugin (the build does this before rendering). */
export function provideSiteData(data: SiteData): void {
  provided = data;
}

/** The site data for Eleventy: what the build provided, or a fresh parse of `seeds/`. */
export async function currentSiteData(): Promise<SiteData> {
  if (provided) return provided;
  const { loadCorpus } = await import("../build/load-corpus.ts");
  const corpus = await loadCorpus({ seeds: "seeds" });
  if (corpus.failed) throw new Error(`Articles in seeds/ have errors:\n${corpus.report}`);
  return buildSiteData(corpus.entries);
}
