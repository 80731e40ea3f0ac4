/**
 * Outlet pages: every report of one outlet, oldest first, and the index of
 * outlets. Reports whose outlet is not known share one page.
 */
import type { EntryView } from "./entry-view.ts";
import { paginate, type Pager } from "./paginate.ts";
import { compareNames } from "./compare-text.ts";
import { UNDATED_LABEL } from "./labels.ts";

export interface OutletSummary {
  name: string;
  url: string;
  count: number;
  /** The date of the first and of the last dated report ("tanpa tanggal" when none is dated). */
  first: string;
  last: string;
  /** "17 Desember 2024 sampai 5 Februari 2025", "5 Februari 2025", and how many are undated. */
  span: string;
}

export interface OutletPage extends OutletSummary {
  title: string;
  description: string;
  entries: EntryView[];
  pager: Pager;
}

const PAGE_SIZE = 100;

/**
 * Summaries (most reports first) and pages of the outlets of `views`
 * (oldest first); each view already knows its outlet's URL.
 *
 * @example
 * buildOutletPages(views).summaries.map((o) => [o.name, o.url, o.count])
 * //=> [["Liputan6.com", "/media/liputan6-com/", 2], ["Media tidak diketahui", "/media/tidak-diketahui/", 2], ["Metrotvnews.com", "/media/metrotvnews-com/", 1]]
 */
export function buildOutletPages(views: readonly EntryView[]): { summaries: OutletSummary[]; pages: OutletPage[] } {
  const byUrl = new Map<string, EntryView[]>();
  for (const view of views) {
    const list = byUrl.get(view.outlet.url);
    if (list) list.push(view);
    else byUrl.set(view.outlet.url, [view]);
  }
  const summaries: OutletSummary[] = [];
  const pages: OutletPage[] = [];
  for (const [url, entries] of byUrl) {
    const dated = entries.filter((e) => e.datetime !== null);
    const first = dated[0]?.dateLabel ?? UNDATED_LABEL;
    const last = dated.at(-1)?.dateLabel ?? UNDATED_LABEL;
    const undated = entries.length - dated.length;
    const span = [
      ...(dated.length === 0 ? [] : [dated.length > 1 ? `${first} sampai ${last}` : first]),
      ...(undated === 0 ? [] : [dated.length === 0 ? UNDATED_LABEL : `${undated} ${UNDATED_LABEL}`]),
    ].join("; ");
    const summary: OutletSummary = { name: entries[0]!.outlet.name, url, count: entries.length, first, last, span };
    summaries.push(summary);
    for (const chunk of paginate(entries, PAGE_SIZE, url)) {
      const part = chunk.pager.parts > 1 ? ` (bagian ${chunk.pager.part} dari ${chunk.pager.parts})` : "";
      pages.push({
        ...summary,
        url: chunk.url,
        title: `Laporan ${summary.name}${part}`,
        description: `${summary.count} laporan dari ${summary.name}, dari yang terlama.`,
        entries: chunk.items,
        pager: chunk.pager,
      });
    }
  }
  summaries.sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
  return { summaries, pages };
}
