/**
 * The second timeline: events by when they happened (the digest's event
 * timeline), grouped by year, each with the reports that mention it.
 */
import type { Event } from "../schema/digest.ts";
import { formatDate } from "./format-date.ts";
import { UNKNOWN_OUTLET } from "./labels.ts";
import { paginate, type Pager } from "./paginate.ts";

export interface EventView {
  id: string;
  dateLabel: string;
  /** `datetime` value: the first day or month of the event. */
  iso: string;
  text: string;
  mentions: { url: string; title: string; outlet: string; words: string }[];
  /** Reports beyond the ones listed. */
  more: number;
}

export interface EventYearPage {
  year: string;
  url: string;
  title: string;
  description: string;
  events: EventView[];
  pager: Pager;
}

export interface EventPages {
  years: { year: string; url: string; count: number }[];
  pages: EventYearPage[];
  /** The index page lists every event, by year, when there are few. */
  inline: { year: string; events: EventView[] }[] | null;
  total: number;
}

const PAGE_SIZE = 150;
const INLINE_MAX = 200;
const MENTIONS_SHOWN = 12;

/**
 * Views of `events` (already in time order).
 *
 * @example
 * buildEventPages(digest.events, (id) => `/artikel/${id}/`).years.map((y) => y.year)
 * //=> ["2022", "2023", "2024", "2025"]
 */
export function buildEventPages(events: readonly Event[], entryUrl: (id: string) => string): EventPages {
  const byYear = new Map<string, EventView[]>();
  for (const event of events) {
    const mentions = event.mentions.map((m) => ({ url: entryUrl(m.entry), title: m.entryTitle, outlet: m.outlet ?? UNKNOWN_OUTLET, words: m.words }));
    const view: EventView = {
      id: event.id,
      dateLabel: formatDate(event.iso, event.precision),
      iso: event.iso.split("/")[0]!,
      text: event.text,
      mentions: mentions.slice(0, MENTIONS_SHOWN),
      more: Math.max(0, mentions.length - MENTIONS_SHOWN),
    };
    const year = event.start.slice(0, 4);
    const list = byYear.get(year);
    if (list) list.push(view);
    else byYear.set(year, [view]);
  }
  const years: EventPages["years"] = [];
  const pages: EventYearPage[] = [];
  for (const [year, list] of byYear) {
    const url = `/peristiwa/${year}/`;
    years.push({ year, url, count: list.length });
    for (const chunk of paginate(list, PAGE_SIZE, url)) {
      const part = chunk.pager.parts > 1 ? ` (bagian ${chunk.pager.part} dari ${chunk.pager.parts})` : "";
      pages.push({
        year,
        url: chunk.url,
        title: `Peristiwa tahun ${year}${part}`,
        description: `${list.length} peristiwa tahun ${year} menurut laporan-laporan, urut menurut waktu kejadiannya.`,
        events: chunk.items,
        pager: chunk.pager,
      });
    }
  }
  const inline = events.length <= INLINE_MAX ? [...byYear].map(([year, list]) => ({ year, events: list })) : null;
  return { years, pages, inline, total: events.length };
}
