/**
 * Who stands behind a figure that many articles report: five reports of
 * "11.000 tentara" may be five sources or one briefing relayed five times.
 * For each troop figure (category and value) two or more articles report,
 * the independent origins (distinct claimants at the start of the figure's
 * chains) and the agencies and outlets it came through, each counted by the
 * reports it stands behind.
 */
import { CATEGORIES, type ChainLink, type Entry } from "../schema/entry.ts";
import type { FigureProvenance } from "../schema/digest.ts";
import { compareKeys } from "../text/compare-keys.ts";

type Item = FigureProvenance["items"][number];
type Behind = FigureProvenance["origins"][number];

const UNKNOWN_OUTLET = "Media tidak diketahui";
const chainKey = (chain: readonly ChainLink[]) => chain.map((l) => `${l.role}:${l.id}`).join(">");

/** Each id once with the number of distinct reports (entries) it appears in, most first, then by name. */
function countBehind(links: readonly { entry: string; link: ChainLink }[]): Behind[] {
  const seen = new Map<string, { name: string; entries: Set<string> }>();
  for (const { entry, link } of links) {
    const one = seen.get(link.id) ?? { name: link.name, entries: new Set<string>() };
    one.entries.add(entry);
    seen.set(link.id, one);
  }
  return [...seen]
    .map(([id, { name, entries }]) => ({ id, name, reports: entries.size }))
    .sort((a, b) => b.reports - a.reports || compareKeys(a.name, b.name) || compareKeys(a.id, b.id));
}

/**
 * The provenance of every troop figure two or more articles report, by
 * category (the schema's order), then most reports, then value.
 *
 * @example
 * figureProvenance(entries).map((p) => [p.id, p.reports, p.origins.map((o) => o.id), p.relays.map((r) => r.id)])
 * //=> [["deployed-11000-11000", 2, ["nis", "western-officials"], ["bbc"]], …]
 */
export function figureProvenance(entries: readonly Entry[]): FigureProvenance[] {
  const groups = new Map<string, { category: Entry["figures"][number]["category"]; min: number | null; max: number | null; items: Item[] }>();
  for (const entry of entries) {
    entry.figures.forEach((f, figure) => {
      if (f.category === "other") return;
      const key = `${f.category}|${f.min}|${f.max}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { category: f.category, min: f.min, max: f.max, items: [] }));
      if (group.items.some((i) => i.entry === entry.id && chainKey(i.chain) === chainKey(f.chain))) return;
      group.items.push({ entry: entry.id, entryTitle: entry.title, outlet: entry.source.outlet, published: entry.published?.date ?? null, figure, chain: f.chain });
    });
  }
  const out: FigureProvenance[] = [];
  for (const g of groups.values()) {
    const reports = new Set(g.items.map((i) => i.entry));
    if (reports.size < 2) continue;
    const links = (role: ChainLink["role"]) => g.items.flatMap((i) => i.chain.filter((l) => l.role === role).map((link) => ({ entry: i.entry, link })));
    const origins = countBehind(links("claimant"));
    const named = new Set(links("claimant").map((l) => l.entry));
    out.push({
      id: `${g.category}-${g.min}-${g.max}`.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      category: g.category,
      min: g.min,
      max: g.max,
      reports: reports.size,
      origins,
      unattributed: [...reports].filter((e) => !named.has(e)).length,
      relays: countBehind(links("relay")),
      items: g.items,
      outlets: [...new Set(g.items.map((i) => i.outlet ?? UNKNOWN_OUTLET))],
    });
  }
  const order = (c: string) => CATEGORIES.indexOf(c as (typeof CATEGORIES)[number]);
  return out.sort((a, b) => order(a.category) - order(b.category) || b.reports - a.reports || (a.min ?? a.max ?? 0) - (b.min ?? b.max ?? 0) || compareKeys(a.id, b.id));
}
