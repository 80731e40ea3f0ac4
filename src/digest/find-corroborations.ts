/**
 * Corroboration: the same claim carried by several articles — the same
 * claimant giving the same figure in the same category, or a near-identical
 * sentence — becomes one item listing every outlet and date.
 */
import type { Entry } from "../schema/entry.ts";
import type { Corroboration } from "../schema/digest.ts";
import { storyWords, tellsSame } from "../text/same-story.ts";
import { WordIndex } from "../text/word-index.ts";

/**
 * Claim sentences tell the same thing when they share this much (shared
 * distinctive words over the shorter one's): less when the claimant is the
 * same, much more when it is not (near-identical wording).
 */
const SAME_CLAIMANT = { minScore: 0.55, minShared: 5 };
const ANY_CLAIMANT = { minScore: 0.8, minShared: 6 };
/** A word of more claims than this is too common to find candidates by. */
const MAX_POSTINGS = 64;

type Item = Corroboration["items"][number];

function itemOf(entry: Entry, text: string): Item {
  return { entry: entry.id, entryTitle: entry.title, outlet: entry.source.outlet, published: entry.published?.date ?? null, text };
}

function outletsOf(items: Item[]): string[] {
  return [...new Set(items.map((i) => i.outlet ?? "Media tidak diketahui"))];
}

/** Same claimant, category and value in two or more articles. */
function sameFigures(entries: readonly Entry[]): Corroboration[] {
  const groups = new Map<string, { c: Omit<Corroboration, "items" | "outlets">; items: Item[] }>();
  for (const entry of entries) {
    for (const f of entry.figures) {
      if (!f.claimant.known || f.category === "other") continue;
      const key = `${f.claimant.id}|${f.category}|${f.min}|${f.max}`;
      let g = groups.get(key);
      if (!g) {
        g = { c: { id: `f-${key.replace(/[^a-z0-9]+/giu, "-").toLowerCase()}`, kind: "same-figure", claimant: { id: f.claimant.id, name: f.claimant.name }, category: f.category, min: f.min, max: f.max, text: f.quote }, items: [] };
        groups.set(key, g);
      }
      if (!g.items.some((i) => i.entry === entry.id)) g.items.push(itemOf(entry, f.quote));
    }
  }
  return [...groups.values()].filter((g) => g.items.length > 1).map((g) => ({ ...g.c, items: g.items, outlets: outletsOf(g.items) }));
}

/** Near-identical claim sentences in two or more articles. */
function sameSentences(entries: readonly Entry[], words: (sentence: string) => Set<string>): Corroboration[] {
  const claims = entries.flatMap((entry) => entry.claims.map((claim) => ({ entry, claim, words: words(claim.text) })));
  const index = new WordIndex<number>(MAX_POSTINGS);
  claims.forEach((c, i) => index.add(i, c.words));
  const minShared = Math.min(SAME_CLAIMANT.minShared, ANY_CLAIMANT.minShared);
  /** Later claims sharing at least minShared words with claim i, in order. */
  const candidates = (i: number): number[] =>
    [...index.shared(claims[i]!.words)]
      .filter(([j, n]) => j > i && n >= minShared)
      .map(([j]) => j)
      .sort((a, b) => a - b);
  const used = new Set<number>();
  const out: Corroboration[] = [];
  claims.forEach((a, i) => {
    if (used.has(i)) return;
    const items: Item[] = [itemOf(a.entry, a.claim.text)];
    for (const j of candidates(i)) {
      const b = claims[j]!;
      if (used.has(j) || b.entry.id === a.entry.id || items.some((it) => it.entry === b.entry.id)) continue;
      const same = a.claim.claimant.known && a.claim.claimant.id === b.claim.claimant.id;
      const need = same ? SAME_CLAIMANT : ANY_CLAIMANT;
      if (tellsSame(a.words, b.words, need)) {
        used.add(j);
        items.push(itemOf(b.entry, b.claim.text));
      }
    }
    if (items.length < 2) return;
    used.add(i);
    out.push({ id: `s-${a.claim.id}`, kind: "same-sentence", claimant: { id: a.claim.claimant.id, name: a.claim.claimant.name }, category: null, min: null, max: null, text: a.claim.text, items, outlets: outletsOf(items) });
  });
  return out;
}

/**
 * @example
 * findCorroborations(entries).map((c) => [c.kind, c.outlets])
 * //=> [["same-sentence", ["Liputan6.com", "Media tidak diketahui"]], …]
 */
export function findCorroborations(entries: readonly Entry[], words = storyWords(entries.flatMap((e) => e.sentences.map((s) => s.text)))): Corroboration[] {
  return [...sameFigures(entries), ...sameSentences(entries, words)];
}
