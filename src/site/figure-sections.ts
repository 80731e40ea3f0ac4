/**
 * The "Angka" page: for each category of troop figures, every estimate over
 * time by claimant, as a chart specification and as the table beside it
 * (each estimate with the chain it came through), with disagreements between
 * claimants flagged and, for figures several reports give, the sources
 * behind them.
 */
import type { Disagreement, Digest, FigureProvenance, LedgerItem } from "../schema/digest.ts";
import type { Category } from "../schema/entry.ts";
import { chainHtml, provenanceNote } from "./chain-view.ts";
import { chartSpec, type ChartPoint } from "./chart-spec.ts";
import { formatCount } from "./format-count.ts";
import { formatDate } from "./format-date.ts";
import { CATEGORY_LABEL, CATEGORY_SLUG, HEDGE_LABEL, UNKNOWN_OUTLET } from "./labels.ts";
import { compareKeys, compareNames } from "./compare-text.ts";

export interface FigureRow {
  when: string;
  whenIso: string;
  whenBasis: string;
  claimant: { name: string; url: string };
  /** The way the estimate came to the outlet, as HTML ("NIS → Yonhap → Metrotvnews.com"). */
  chain: string;
  value: string;
  min: number | null;
  max: number | null;
  words: string;
  hedge: string;
  entry: { title: string; url: string; outlet: string };
  quote: string;
  /** Other estimates of the same period this one disagrees with. */
  disagrees: string[];
}

export interface FigureSection {
  category: Category;
  label: string;
  slug: string;
  url: string;
  rows: FigureRow[];
  disagreements: string[];
  /** For each value several reports give: how many, from how many origins, through which relays (HTML, names in `<bdi>`). */
  provenance: string[];
  claimants: number;
  chart: { spec: ReturnType<typeof chartSpec>; id: string; title: string; description: string; svg: string };
}

const WHEN_BASIS = { "refers-to": "waktu yang dimaksud", stated: "waktu dinyatakan", published: "tanggal laporan" } as const;
const MAX_SERIES = 7;
const OTHERS = "lainnya";

const key = (item: Pick<LedgerItem, "entry" | "figure">) => `${item.entry}#${item.figure}`;
const valueOf = (item: LedgerItem) => formatCount(item.min, item.max);
const middle = (start: string, end: string) => new Date((Date.parse(start) + Date.parse(end)) / 2).toISOString().slice(0, 10);

function disagreementNotes(list: readonly Disagreement[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  const add = (item: LedgerItem, other: LedgerItem) => {
    const list = notes.get(key(item)) ?? [];
    list.push(`${other.claimant.name}: ${valueOf(other)}`);
    notes.set(key(item), list);
  };
  for (const d of list) {
    add(d.a, d.b);
    add(d.b, d.a);
  }
  return notes;
}

/** `provenance`: the notes of the values several reports give; `labelled`: whether a mark of the chart carries "×N". */
function describe(label: string, rows: readonly FigureRow[], claimants: number, provenance: readonly string[], labelled: boolean): string {
  if (rows.length === 0) return `Belum ada perkiraan jumlah ${label}.`;
  const retold =
    (labelled ? " Tanda ×N di samping titik atau batang: perkiraan itu dimuat N laporan." : "") +
    (provenance.length > 0 ? ` Angka yang dimuat beberapa laporan — ${provenance.join("; ")}.` : "");
  const low = rows.reduce((a, b) => ((b.min ?? b.max ?? 0) < (a.min ?? a.max ?? 0) ? b : a));
  const high = rows.reduce((a, b) => ((b.max ?? b.min ?? 0) > (a.max ?? a.min ?? 0) ? b : a));
  return (
    `Grafik ${rows.length} perkiraan jumlah ${label} dari ${claimants} sumber, ${rows[0]!.when} sampai ${rows.at(-1)!.when}: ` +
    `rentang sebagai batang, batas terbuka sebagai panah, angka tunggal sebagai titik. ` +
    `Terendah ${low.value} (${low.claimant.name}), tertinggi ${high.value} (${high.claimant.name}).${retold} Data lengkapnya ada di tabel.`
  );
}

/**
 * One section per category that has estimates, in the schema's order
 * ("other" left out: not troop counts). `svg` is filled by `renderFigureCharts`.
 *
 * @example
 * buildFigureSections(digest, urls).map((s) => `${s.label}: ${s.rows.length}`)
 * //=> ["dikerahkan: 6", "tambahan dikerahkan: 2", "tewas: 5", "terluka: 2", "korban (tewas+luka): 3", "hilang: 1", "dipulangkan: 1"]
 */
export function buildFigureSections(
  digest: Digest,
  urls: { entry: (id: string) => string; claimant: (id: string) => string },
): FigureSection[] {
  const notes = disagreementNotes(digest.disagreements);
  return digest.ledgers
    .filter((ledger) => ledger.category !== "other" && ledger.items.length > 0)
    .map((ledger) => {
      const label = CATEGORY_LABEL[ledger.category];
      const items = [...ledger.items].sort((a, b) => compareKeys(a.when.start, b.when.start) || compareNames(a.claimant.name, b.claimant.name) || compareKeys(key(a), key(b)));
      const rows: FigureRow[] = items.map((item) => ({
        when: formatDate(item.when.iso, item.when.precision, item.when.estimated),
        whenIso: item.when.iso.split("/")[0]!,
        whenBasis: WHEN_BASIS[item.when.basis],
        claimant: { name: item.claimant.name, url: urls.claimant(item.claimant.id) },
        chain: chainHtml(item.chain),
        value: valueOf(item),
        min: item.min,
        max: item.max,
        words: item.text,
        hedge: HEDGE_LABEL[item.hedge],
        entry: { title: item.entryTitle, url: `${urls.entry(item.entry)}#angka-${item.figure}`, outlet: item.outlet ?? UNKNOWN_OUTLET },
        quote: item.quote,
        disagrees: notes.get(key(item)) ?? [],
      }));
      const counts = new Map<string, number>();
      for (const item of items) counts.set(item.claimant.name, (counts.get(item.claimant.name) ?? 0) + 1);
      const ranked = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || compareNames(a, b));
      const named = new Set(ranked.slice(0, ranked.length > MAX_SERIES + 1 ? MAX_SERIES : MAX_SERIES + 1));
      const series = [...ranked.filter((n) => named.has(n)), ...(ranked.length > named.size ? [OTHERS] : [])];
      // The same estimate retold by many reports is one mark, labelled with their number (the table lists each report).
      const points = new Map<string, ChartPoint & { entries: Set<string> }>();
      for (const item of items) {
        const point = { x: middle(item.when.start, item.when.end), series: named.has(item.claimant.name) ? item.claimant.name : OTHERS, min: item.min, max: item.max };
        const key = `${point.x}|${point.series}|${point.min}|${point.max}`;
        const seen = points.get(key) ?? { ...point, entries: new Set<string>() };
        seen.entries.add(item.entry);
        points.set(key, seen);
      }
      const marks = [...points.values()].map(({ entries, ...p }) => ({ ...p, reports: entries.size }));
      const retold = digest.provenance.filter((p: FigureProvenance) => p.category === ledger.category);
      const provenance = retold.map((p) => provenanceNote(p, true));
      const slug = CATEGORY_SLUG[ledger.category];
      const disagreements = digest.disagreements
        .filter((d) => d.category === ledger.category)
        .map((d) => `${d.a.claimant.name} (${valueOf(d.a)}) dan ${d.b.claimant.name} (${valueOf(d.b)}) tentang ${formatDate(`${d.period.start}/${d.period.end}`, "day-range")}`);
      return {
        category: ledger.category,
        label,
        slug,
        url: `/angka/${slug}/`,
        rows,
        disagreements,
        provenance,
        claimants: counts.size,
        chart: { spec: chartSpec(marks, series), id: `grafik-${slug}`, title: `Perkiraan jumlah ${label} menurut sumber`, description: describe(label, rows, counts.size, retold.map((p) => provenanceNote(p)), marks.some((m) => m.reports > 1)), svg: "" },
      };
    });
}
