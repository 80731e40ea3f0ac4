/**
 * Claimant pages: everything one claimant (NIS, GUR, Zelensky …) is
 * reported to have said across the articles, in time order, with the
 * figures it gave, the chain each came through, and the agencies and
 * outlets its claims came through.
 */
import type { ChainLink, Claimant, Mention } from "../schema/entry.ts";
import { chainHtml } from "./chain-view.ts";
import { formatCount } from "./format-count.ts";
import { formatDate } from "./format-date.ts";
import { CATEGORY_SHORT, CLAIMANT_KIND_LABEL, HEDGE_LABEL } from "./labels.ts";
import type { EntryView } from "./entry-view.ts";
import { paginate, type Pager } from "./paginate.ts";
import { compareKeys, compareNames } from "./compare-text.ts";

export interface ClaimItem {
  sort: string;
  dateLabel: string;
  /** "dinyatakan" when the text dates the statement, else "dilaporkan". */
  dateKind: string;
  /** For `<time datetime>`; null for a claim of an undated report with no date of its own. */
  iso: string | null;
  url: string;
  entry: { title: string; url: string; outlet: string };
  text: string;
  hedge: string;
  /** The claim's way to the outlet, as HTML ("NIS → Yonhap → Metrotvnews.com"); empty when unknown. */
  chain: string;
  figures: string[];
}

export interface ClaimantSummary {
  id: string;
  name: string;
  kind: string;
  /** Who it is, in Indonesian (from `claimants.yaml`, or the words that name it). */
  about: string;
  url: string;
  claims: number;
  figures: number;
}

export interface ClaimantPage extends ClaimantSummary {
  /** The agencies and outlets its claims came through, with how many claims each, most first. */
  relays: { name: string; claims: number }[];
  title: string;
  /** Meta description of the page. */
  description: string;
  items: ClaimItem[];
  pager: Pager;
}

export interface Actor {
  id: string;
  name: string;
  description: string;
}

const PAGE_SIZE = 100;
/** Sorts after every date. */
const UNDATED_KEY = "9999-12-31";

/**
 * Summaries (most quoted first) and pages of every claimant in `views`.
 *
 * @example
 * buildClaimantPages(views, actors, (id) => `/sumber/${id}/`).summaries[0]
 * //=> { id: "nis", name: "NIS", kind: "lembaga", about: "Badan Intelijen Nasional Korea Selatan", url: "/sumber/nis/", claims: 11, figures: 4 }
 */
export function buildClaimantPages(
  views: readonly EntryView[],
  actors: readonly Actor[],
  claimantUrl: (id: string) => string,
): { summaries: ClaimantSummary[]; pages: ClaimantPage[] } {
  const known = new Map(actors.map((a) => [a.id, a]));
  const people = new Map<string, { claimant: Claimant; items: ClaimItem[]; figures: number; relays: Map<string, { name: string; claims: number }> }>();
  const itemsOf = (c: Claimant) => {
    let person = people.get(c.id);
    if (!person) people.set(c.id, (person = { claimant: c, items: [], figures: 0, relays: new Map() }));
    return person;
  };
  /** Count the relays of `chain` for `person` (never the claimant itself). */
  const countRelays = (person: ReturnType<typeof itemsOf>, chain: readonly ChainLink[]) => {
    for (const link of chain) {
      if (link.role !== "relay" || link.id === person.claimant.id) continue;
      const seen = person.relays.get(link.id) ?? { name: link.name, claims: 0 };
      seen.claims += 1;
      person.relays.set(link.id, seen);
    }
  };
  const base = (view: EntryView, stated: Mention | null) => ({
    // An undated report's claims without a date of their own sort last.
    sort: `${stated?.start ?? view.entry.published?.start ?? UNDATED_KEY}|${view.entry.published?.start ?? UNDATED_KEY}|${view.id}`,
    dateLabel: stated ? formatDate(stated.iso, stated.precision) : view.dateLabel,
    dateKind: stated ? "dinyatakan" : "dilaporkan",
    iso: (stated?.iso ?? view.entry.published?.date ?? null)?.split("/")[0] ?? null,
    entry: { title: view.title, url: view.url, outlet: view.outlet.name },
  });
  for (const view of views) {
    const { entry } = view;
    const tagsOf = (claimId: string | null, sentence: number | null) =>
      entry.figures
        .filter((f) => (claimId !== null ? f.claim === claimId : f.claim === null && f.sentence === sentence))
        .map((f) => `${CATEGORY_SHORT[f.category]}: ${formatCount(f.min, f.max)}`);
    for (const claim of entry.claims) {
      const stated = claim.stated;
      const figures = tagsOf(claim.id, null);
      for (const c of [claim.claimant, ...claim.also]) {
        const person = itemsOf(c);
        person.figures += figures.length;
        countRelays(person, claim.chain);
        person.items.push({ ...base(view, stated), url: `${view.url}#${claim.id}`, text: claim.text, hedge: HEDGE_LABEL[claim.hedge], chain: chainHtml(claim.chain), figures });
      }
    }
    const loose = new Set<number>();
    for (const f of entry.figures) {
      if (f.claim !== null || f.sentence === null || loose.has(f.sentence)) continue;
      loose.add(f.sentence);
      const figures = tagsOf(null, f.sentence);
      const person = itemsOf(f.claimant);
      person.figures += figures.length;
      countRelays(person, f.chain);
      person.items.push({ ...base(view, null), url: `${view.url}#angka-${entry.figures.indexOf(f)}`, text: entry.sentences[f.sentence]?.text ?? f.quote, hedge: HEDGE_LABEL[f.hedge], chain: chainHtml(f.chain), figures });
    }
  }
  const summaries: ClaimantSummary[] = [];
  const pages: ClaimantPage[] = [];
  for (const { claimant, items, figures, relays } of people.values()) {
    const actor = known.get(claimant.id);
    const summary: ClaimantSummary = {
      id: claimant.id,
      name: actor?.name ?? claimant.name,
      kind: CLAIMANT_KIND_LABEL[claimant.kind],
      about: actor?.description ?? `Disebut dalam laporan sebagai “${claimant.text || claimant.name}”.`,
      url: claimantUrl(claimant.id),
      claims: items.length,
      figures,
    };
    summaries.push(summary);
    items.sort((a, b) => compareKeys(a.sort, b.sort));
    const through = [...relays.values()].sort((a, b) => b.claims - a.claims || compareNames(a.name, b.name));
    for (const chunk of paginate(items, PAGE_SIZE, summary.url)) {
      const part = chunk.pager.parts > 1 ? ` (bagian ${chunk.pager.part} dari ${chunk.pager.parts})` : "";
      pages.push({
        ...summary,
        relays: through,
        url: chunk.url,
        title: `Klaim ${summary.name}${part}`,
        description: `${summary.claims} klaim ${summary.name} (${summary.about}) dalam laporan-laporan, urut menurut waktu.`,
        items: chunk.items,
        pager: chunk.pager,
      });
    }
  }
  summaries.sort((a, b) => b.claims - a.claims || compareNames(a.name, b.name));
  return { summaries, pages };
}
