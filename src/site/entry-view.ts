/**
 * What an entry page and a timeline item show of one entry, worked out once:
 * labels, links, the marked-up text, the figures and the claimants.
 */
import type { Entry } from "../schema/entry.ts";
import { formatCount } from "./format-count.ts";
import { formatDate } from "./format-date.ts";
import { chainHtml } from "./chain-view.ts";
import { headlineFigures, type HeadlineFigure } from "./headline-figures.ts";
import { BASIS_LABEL, CATEGORY_LABEL, HEDGE_LABEL, UNDATED_BASIS, UNDATED_LABEL, UNKNOWN_OUTLET } from "./labels.ts";
import { markText, type MarkedText } from "./mark-text.ts";
import { compareNames } from "./compare-text.ts";

export interface Link {
  url: string;
  title: string;
}

export interface EntryView {
  entry: Entry;
  id: string;
  url: string;
  title: string;
  /** Meta description: the lead sentence, shortened. */
  description: string;
  /** The date in Indonesian, or "tanpa tanggal" for an undated report. */
  dateLabel: string;
  /** A valid `<time datetime>`: the date, or the first day of an interval; null when undated. */
  datetime: string | null;
  estimated: boolean;
  /** How the date was found, in Indonesian ("dari kutipan"). */
  basisLabel: string;
  /** Month key `YYYY-MM` for grouping the timeline; null for an undated report, listed apart. */
  month: string | null;
  outlet: { name: string; url: string };
  /** The original's address, only when it is an http(s) URL. */
  sourceUrl: string | null;
  credits: string[];
  figures: HeadlineFigure[];
  /** "tewas: 300 · luka: 2.700" */
  figuresLine: string;
  /** `chain`: the figure's way to the outlet as HTML ("NIS → Yonhap → Metrotvnews.com"). */
  figureRows: { id: string; category: string; value: string; words: string; claimant: { name: string; url: string }; chain: string; hedge: string; quote: string }[];
  claimants: { id: string; name: string; url: string; claims: number }[];
  marked: MarkedText;
  previous: Link | null;
  next: Link | null;
}

export interface EntryLinks {
  claimant: (id: string) => string;
  outlet: (name: string | null) => string;
}

function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function httpUrl(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

/**
 * The view of one entry (neighbours are filled in by the caller).
 *
 * @example
 * const view = buildEntryView(entry, links);
 * [view.url, view.dateLabel, view.basisLabel, view.figuresLine]
 * //=> ["/artikel/001-0b65f12583cc828d/", "27 Februari 2025, 16.59", "dari baris penulis", "dikerahkan: 11.000; 10.000–12.000 · tambahan: 1.000–3.000 · tewas: 300 · luka: 2.700 · korban: 4.000"]
 */
export function buildEntryView(entry: Entry, links: EntryLinks): EntryView {
  const { published, source } = entry;
  const figures = headlineFigures(entry);
  const counts = new Map<string, { id: string; name: string; url: string; claims: number }>();
  for (const claim of entry.claims) {
    for (const c of [claim.claimant, ...claim.also]) {
      const seen = counts.get(c.id) ?? { id: c.id, name: c.name, url: links.claimant(c.id), claims: 0 };
      seen.claims += 1;
      counts.set(c.id, seen);
    }
  }
  return {
    entry,
    id: entry.id,
    url: `/artikel/${entry.id}/`,
    title: entry.title,
    description: shorten(entry.sentences[0]?.text ?? entry.title),
    dateLabel: published ? formatDate(published.date, published.precision, published.estimated) : UNDATED_LABEL,
    datetime: published ? published.date.split("/")[0]! : null,
    estimated: published?.estimated ?? false,
    basisLabel: published ? BASIS_LABEL[published.basis] : UNDATED_BASIS,
    month: published ? published.start.slice(0, 7) : null,
    outlet: { name: source.outlet ?? UNKNOWN_OUTLET, url: links.outlet(source.outlet) },
    sourceUrl: httpUrl(source.url),
    credits: [...new Set(source.credits.map((c) => c.name))],
    figures,
    figuresLine: figures.map((f) => `${f.label}: ${f.values.join("; ")}`).join(" · "),
    figureRows: entry.figures.map((f, i) => ({
      id: `angka-${i}`,
      category: CATEGORY_LABEL[f.category],
      value: formatCount(f.min, f.max),
      words: f.text,
      claimant: { name: f.claimant.name, url: links.claimant(f.claimant.id) },
      chain: chainHtml(f.chain),
      hedge: HEDGE_LABEL[f.hedge],
      quote: f.quote,
    })),
    claimants: [...counts.values()].sort((a, b) => b.claims - a.claims || compareNames(a.name, b.name)),
    marked: markText(entry, (c) => links.claimant(c.id)),
    previous: null,
    next: null,
  };
}
