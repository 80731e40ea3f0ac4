/**
 * The cross-article digest: ledgers of estimates per category, corroborated
 * claims, the sources behind figures several articles report, disagreements
 * and the event timeline. Published in `/data/digest.json`; types inferred
 * from these schemas.
 */
import { z } from "zod";
import { Category, Chain, Hedge, IsoValue, Precision } from "./entry.ts";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** When an estimate holds: the time it refers to, else when it was stated, else the article's date. */
export const When = z.object({
  iso: IsoValue,
  precision: Precision,
  start: Day,
  end: Day,
  basis: z.enum(["refers-to", "stated", "published"]),
  estimated: z.boolean(),
});

export const LedgerItem = z.object({
  category: Category,
  entry: z.string(),
  entryTitle: z.string(),
  outlet: z.string().nullable(),
  /** The article's date; null for an undated article. */
  published: IsoValue.nullable(),
  claimant: z.object({ id: z.string(), name: z.string(), known: z.boolean() }),
  min: z.number().nullable(),
  max: z.number().nullable(),
  bound: z.string().nullable(),
  vague: z.boolean(),
  hedge: Hedge,
  /** The exact words of the figure, and the phrase that decided its category. */
  text: z.string(),
  quote: z.string(),
  when: When,
  /** Index of the figure in its entry's `figures`. */
  figure: z.number().int().nonnegative(),
  /** The way the figure came to the outlet, from its claimant. */
  chain: Chain,
});
export type LedgerItem = z.infer<typeof LedgerItem>;

export const Ledger = z.object({
  category: Category,
  items: z.array(LedgerItem),
});
export type Ledger = z.infer<typeof Ledger>;

export const Corroboration = z.object({
  id: z.string(),
  kind: z.enum(["same-figure", "same-sentence"]),
  claimant: z.object({ id: z.string(), name: z.string() }),
  category: Category.nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** A representative sentence. */
  text: z.string(),
  items: z.array(z.object({ entry: z.string(), entryTitle: z.string(), outlet: z.string().nullable(), published: IsoValue.nullable(), text: z.string() })),
  outlets: z.array(z.string()),
});
export type Corroboration = z.infer<typeof Corroboration>;

/** A claimant or relay behind a figure, and in how many of its reports. */
const Behind = z.object({ id: z.string(), name: z.string(), reports: z.number().int().positive() });

/**
 * A troop figure (category and value) that two or more articles report, and
 * what stands behind it: the independent origins (distinct claimants at the
 * start of the chains) and the agencies and outlets it came through.
 */
export const FigureProvenance = z.object({
  id: z.string(),
  category: Category,
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** Articles that report it. */
  reports: z.number().int().min(2),
  /** Distinct claimants it started with, most reports first. */
  origins: z.array(Behind),
  /** Reports that give it in the outlet's own voice only, naming no origin. */
  unattributed: z.number().int().nonnegative(),
  /** Distinct agencies and outlets it came through, most reports first. */
  relays: z.array(Behind),
  /** Each report once per chain. */
  items: z.array(z.object({ entry: z.string(), entryTitle: z.string(), outlet: z.string().nullable(), published: IsoValue.nullable(), figure: z.number().int().nonnegative(), chain: Chain })),
  outlets: z.array(z.string()),
});
export type FigureProvenance = z.infer<typeof FigureProvenance>;

export const Disagreement = z.object({
  category: Category,
  /** The period both estimates are about. */
  period: z.object({ start: Day, end: Day }),
  a: LedgerItem,
  b: LedgerItem,
  reason: z.string(),
});
export type Disagreement = z.infer<typeof Disagreement>;

export const Event = z.object({
  id: z.string(),
  iso: IsoValue,
  precision: Precision,
  start: Day,
  end: Day,
  /** The sentence that best tells it. */
  text: z.string(),
  mentions: z.array(z.object({ entry: z.string(), entryTitle: z.string(), outlet: z.string().nullable(), words: z.string(), sentence: z.string() })),
});
export type Event = z.infer<typeof Event>;

export const Digest = z.object({
  ledgers: z.array(Ledger),
  corroborations: z.array(Corroboration),
  provenance: z.array(FigureProvenance),
  disagreements: z.array(Disagreement),
  events: z.array(Event),
});
export type Digest = z.infer<typeof Digest>;
