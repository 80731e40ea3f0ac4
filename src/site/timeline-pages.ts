/**
 * The timeline of reports by publication date: one page per month (split
 * further when a month is long, so every page stays small), and the part
 * of it the home page shows. Reports nothing dates are listed apart, on
 * their own "Tanpa tanggal" pages after the months.
 */
import type { EntryView } from "./entry-view.ts";
import { formatDate } from "./format-date.ts";
import { paginate, type Pager } from "./paginate.ts";

export interface TimelinePage {
  key: string;
  label: string;
  url: string;
  title: string;
  description: string;
  entries: EntryView[];
  pager: Pager;
}

export interface MonthSummary {
  key: string;
  label: string;
  url: string;
  count: number;
}

export interface HomeGroup {
  key: string;
  label: string;
  url: string;
  entries: EntryView[];
  complete: boolean;
}

export interface Timeline {
  /** The month pages, then the pages of the undated reports. */
  pages: TimelinePage[];
  /** Every month, oldest first. */
  months: MonthSummary[];
  /** The undated reports' listing, or null when every report is dated. */
  undated: MonthSummary | null;
  /** What the home page shows: the newest months, oldest first (`all` when that is every month); then the undated reports. */
  home: { groups: HomeGroup[]; undated: HomeGroup | null; all: boolean };
}

/** Where the undated reports are listed, and its key among the months. */
export const UNDATED_URL = "/linimasa/tanpa-tanggal/";
export const UNDATED_KEY = "tanpa-tanggal";

/** Reports per timeline page; ~100 items keep a page well under 100 KB. */
export const PAGE_SIZE = 100;
/** Reports on the home page at most. */
export const HOME_SIZE = 60;

/**
 * Group `views` (oldest first) by month into pages, the undated ones apart.
 *
 * @example
 * buildTimeline(views).pages.map((p) => p.url)
 * //=> ["/linimasa/2024/12/", "/linimasa/2025/02/", "/linimasa/2025/04/", "/linimasa/tanpa-tanggal/"]
 */
export function buildTimeline(views: readonly EntryView[]): Timeline {
  const byMonth = new Map<string, EntryView[]>();
  const undatedViews: EntryView[] = [];
  for (const view of views) {
    if (view.month === null) {
      undatedViews.push(view);
      continue;
    }
    const list = byMonth.get(view.month);
    if (list) list.push(view);
    else byMonth.set(view.month, [view]);
  }
  const months: MonthSummary[] = [];
  const pages: TimelinePage[] = [];
  for (const [key, entries] of byMonth) {
    const label = formatDate(key, "month");
    const url = `/linimasa/${key.replace("-", "/")}/`;
    months.push({ key, label, url, count: entries.length });
    for (const chunk of paginate(entries, PAGE_SIZE, url)) {
      const part = chunk.pager.parts > 1 ? ` (bagian ${chunk.pager.part} dari ${chunk.pager.parts})` : "";
      pages.push({
        key,
        label,
        url: chunk.url,
        title: `Laporan ${label}${part}`,
        description: `${entries.length} laporan yang terbit pada ${label}, dari yang terlama.`,
        entries: chunk.items,
        pager: chunk.pager,
      });
    }
  }
  let undated: MonthSummary | null = null;
  if (undatedViews.length > 0) {
    undated = { key: UNDATED_KEY, label: "Tanpa tanggal", url: UNDATED_URL, count: undatedViews.length };
    for (const chunk of paginate(undatedViews, PAGE_SIZE, UNDATED_URL)) {
      const part = chunk.pager.parts > 1 ? ` (bagian ${chunk.pager.part} dari ${chunk.pager.parts})` : "";
      pages.push({
        key: UNDATED_KEY,
        label: undated.label,
        url: chunk.url,
        title: `Laporan tanpa tanggal${part}`,
        description: `${undatedViews.length} laporan yang teksnya tidak menyebut kapan terbit, sehingga tidak masuk linimasa per bulan. Tanggalnya bisa ditambahkan redaksi.`,
        entries: chunk.items,
        pager: chunk.pager,
      });
    }
  }
  const groups: HomeGroup[] = [];
  let shown = 0;
  for (let i = months.length - 1; i >= 0 && shown < HOME_SIZE; i--) {
    const month = months[i]!;
    const entries = byMonth.get(month.key)!;
    if (groups.length > 0 && shown + entries.length > HOME_SIZE) break;
    const tail = entries.slice(-HOME_SIZE);
    groups.unshift({ key: month.key, label: month.label, url: month.url, entries: tail, complete: tail.length === entries.length });
    shown += tail.length;
  }
  const dated = views.length - undatedViews.length;
  const homeUndated =
    undated === null ? null : { key: undated.key, label: undated.label, url: undated.url, entries: undatedViews.slice(0, HOME_SIZE), complete: undatedViews.length <= HOME_SIZE };
  return { pages, months, undated, home: { groups, undated: homeUndated, all: shown === dated } };
}
