/**
 * Small, schema-valid entries for the digest's tests, written out by hand:
 * each test states its sentences, claims, figures and dated mentions, and
 * every date is given with its first and last day (nothing is worked out by
 * the code under test).
 */
import { entryShell } from "../../helpers/entry-shell.ts";
import type { ChainLink, Claimant, Entry, Figure, Mention, Published } from "../../../src/schema/entry.ts";

/** A claimant; `known` ones are in the claimants lexicon. */
export function claimant(id: string, name: string, known = true): Claimant {
  return { id, name, text: name, kind: known ? "agency" : "self", known };
}

export const NIS = claimant("nis", "NIS");
export const GUR = claimant("gur", "GUR");

export interface MentionSketch {
  text: string;
  iso: string;
  precision: Mention["precision"];
  start: string;
  end: string;
  /** Index of its sentence, or null for a dropped line (see `line`). */
  sentence: number | null;
  line?: number;
  inferred?: boolean;
  relative?: boolean;
  weekday?: boolean;
}

export function mention(m: MentionSketch): Mention {
  return {
    text: m.text,
    iso: m.iso,
    precision: m.precision,
    start: m.start,
    end: m.end,
    inferred: m.inferred ?? false,
    relative: m.relative ?? false,
    weekday: m.weekday ?? false,
    place: { line: m.line ?? 3, column: 1, offset: 0 },
    sentence: m.sentence,
  };
}

export interface FigureSketch {
  text: string;
  min: number | null;
  max: number | null;
  category: Figure["category"];
  claimant: Claimant;
  /** Index of the claim (in `claims`) it belongs to, or null. */
  claim?: number | null;
  refersTo?: Mention | null;
  sentence?: number | null;
  quote?: string;
  /** By default: the claimant (unless the outlet's own voice), then the outlet. */
  chain?: ChainLink[];
}

export interface EntrySketch {
  id: string;
  title?: string;
  outlet?: string | null;
  /** The publication date; a day of `start` unless said otherwise; null for an undated article. */
  published?: (Partial<Published> & { start: string }) | null;
  sentences?: string[];
  claims?: { sentence: number; claimant: Claimant; stated?: Mention | null; chain?: ChainLink[] }[];
  figures?: FigureSketch[];
  mentions?: Mention[];
  removed?: Entry["removed"];
}

/** A relay of a chain. */
export function relay(id: string, name: string): ChainLink {
  return { id, name, role: "relay" };
}

/** The chain from `claimant` through `relays` to `outlet`. */
export function chainOf(claimant: Claimant, outlet: string | null, relays: ChainLink[] = []): ChainLink[] {
  return [
    ...(claimant.kind === "self" ? [] : [{ name: claimant.name, id: claimant.id, role: "claimant" as const }]),
    ...relays,
    ...(outlet ? [{ name: outlet, id: outlet.toLowerCase().replace(/[^a-z0-9]+/g, "-"), role: "outlet" as const }] : []),
  ];
}

/** A schema-valid entry: one sentence per line from line 3 on, claims `<id>-k<n>`. */
export function entry(sketch: EntrySketch): Entry {
  const outlet = sketch.outlet === undefined ? "Liputan6.com" : sketch.outlet;
  const title = sketch.title ?? `Judul ${sketch.id}`;
  let offset = 0;
  const sentences = (sketch.sentences ?? []).map((text, i) => {
    const s = { text, paragraph: i, place: { line: i + 3, column: 1, offset } };
    offset += text.length + 1;
    return s;
  });
  const claims = (sketch.claims ?? []).map((c, i) => ({
    id: `${sketch.id}-k${i}`,
    claimant: c.claimant,
    also: [],
    via: null,
    carried: false,
    chain: c.chain ?? chainOf(c.claimant, outlet),
    marker: "kata",
    hedge: "reported" as const,
    text: sentences[c.sentence]!.text,
    sentence: c.sentence,
    stated: c.stated ?? null,
    refersTo: [],
    place: sentences[c.sentence]!.place,
  }));
  const figures = (sketch.figures ?? []).map((f) => ({
    text: f.text,
    quote: f.quote ?? f.text,
    min: f.min,
    max: f.max,
    bound: null,
    vague: false,
    approximate: false,
    category: f.category,
    reason: "test",
    claim: f.claim === undefined || f.claim === null ? null : claims[f.claim]!.id,
    claimant: f.claimant,
    chain: f.chain ?? chainOf(f.claimant, outlet),
    hedge: "reported" as const,
    refersTo: f.refersTo ?? null,
    sentence: f.sentence ?? null,
    place: { line: 3, column: 1, offset: 0 },
  }));
  return entryShell({
    id: sketch.id,
    title,
    outlet,
    published: sketch.published === null ? null : { day: sketch.published?.start ?? "2025-02-05", with: sketch.published },
    paragraphs: sentences.map((s, i) => ({ text: s.text, kind: "paragraph", line: i + 3 })),
    sentences,
    removed: sketch.removed ?? [],
    mentions: sketch.mentions ?? [],
    claims,
    figures,
  });
}
