/**
 * The single definition of an entry: one parsed article.
 *
 * Every TypeScript type for entries is inferred from these zod schemas, the
 * JSON Schema published at `/data/entry.schema.json` is generated from them,
 * and every entry the build makes is validated against them.
 */
import { z } from "zod";

/** How exact a date is. Ordered from most to least precise. */
export const PRECISIONS = [
  "minute",
  "day",
  "day-range",
  "week",
  "early-month",
  "mid-month",
  "late-month",
  "month",
  "month-range",
  "early-year",
  "mid-year",
  "late-year",
  "year",
  "year-range",
] as const;
export const Precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof Precision>;

/** A calendar date `YYYY-MM-DD`. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/**
 * An ISO 8601 value at its own precision: `2025`, `2025-02`, `2025-02-05`,
 * `2025-02-27T16:59`, or an interval `2025-01/2025-02`.
 */
export const IsoValue = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?(\/\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?)?$/,
    "expected an ISO 8601 date or interval",
  );

/** Where in the source file something stands (1-based line and column). */
export const Place = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
});
export type Place = z.infer<typeof Place>;

/** A date expression found in the text, normalised. */
export const Mention = z.object({
  text: z.string().min(1),
  iso: IsoValue,
  precision: Precision,
  /** First and last day the expression can mean, for sorting and overlap. */
  start: Day,
  end: Day,
  /** True when the year (or more) was inferred from the article's own date. */
  inferred: z.boolean(),
  /** True for words such as "tahun lalu", "pekan lalu", a bare weekday. */
  relative: z.boolean(),
  /** True when the text names a weekday ("Rabu (5/2)", "Kamis, 27 Februari"). */
  weekday: z.boolean(),
  place: Place,
  /**
   * Index into `sentences` of the sentence holding it, or null for a date on
   * a dropped line that still dates the article (byline, date line, caption).
   */
  sentence: z.number().int().nonnegative().nullable(),
});
export type Mention = z.infer<typeof Mention>;

export const PUBLISHED_BASES = [
  "front-matter",
  "date-line",
  "byline",
  "url",
  "dateline-sentence",
  "citation",
  "statement",
  "estimate",
  "context",
] as const;

/** The publication date and what it rests on. */
export const Published = z.object({
  /** ISO 8601 at `precision` (`2025-02-05`, `2025-02`, `2025-02-27T16:59`). */
  date: IsoValue,
  precision: Precision,
  /** Which rule gave the date. */
  basis: z.enum(PUBLISHED_BASES),
  /** True when the text does not state the date and it was inferred. */
  estimated: z.boolean(),
  /** The words the date rests on. */
  text: z.string().nullable(),
  /** Why: the sentence or line behind it, or the chain of reasoning. */
  reason: z.string(),
  /** First and last day the date can mean. */
  start: Day,
  end: Day,
});
export type Published = z.infer<typeof Published>;

/** A source the article credits ("dikutip dari CNA", "kepada BBC"). */
export const Credit = z.object({
  name: z.string().min(1),
  /** The words that credit it. */
  text: z.string().min(1),
  place: Place,
});
export type Credit = z.infer<typeof Credit>;

export const OUTLET_BASES = ["front-matter", "dateline", "byline", "header", "footer", "text", "url"] as const;

export const Source = z.object({
  /** Canonical outlet name, or null when the text does not say. */
  outlet: z.string().nullable(),
  outletBasis: z.enum(OUTLET_BASES).nullable(),
  /** True when the outlet is one of src/lexicon/outlets.yaml (its canonical name); false for a name the lexicon does not know, given as written; null without an outlet. */
  outletKnown: z.boolean().nullable(),
  /** The dateline as written ("Liputan6.com, Seoul -"). */
  dateline: z.string().nullable(),
  datelinePlace: z.string().nullable(),
  author: z.string().nullable(),
  editor: z.string().nullable(),
  url: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//iu.test(u), "only http and https addresses")
    .nullable(),
  credits: z.array(Credit),
});
export type Source = z.infer<typeof Source>;

/** A line of the raw text that is not part of the article, and why. */
export const Removed = z.object({
  text: z.string(),
  /** Id of the boilerplate rule that dropped it (see `src/lexicon/`). */
  rule: z.string().min(1),
  line: z.number().int().positive(),
});
export type Removed = z.infer<typeof Removed>;

export const Paragraph = z.object({
  text: z.string().min(1),
  kind: z.enum(["paragraph", "subheading"]),
  line: z.number().int().positive(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Sentence = z.object({
  text: z.string().min(1),
  /** Index into `paragraphs`. */
  paragraph: z.number().int().nonnegative(),
  place: Place,
});

export const HEDGES = ["confirmed", "estimated", "reported", "denied", "unverified"] as const;
export const Hedge = z.enum(HEDGES);
export type Hedge = z.infer<typeof Hedge>;

export const Claimant = z.object({
  /** Canonical id from `src/lexicon/claimants.yaml`, or a slug of the text. */
  id: z.string().min(1),
  name: z.string().min(1),
  /** The words in the text that name it. */
  text: z.string(),
  kind: z.enum(["agency", "person", "outlet", "group", "state", "self"]),
  known: z.boolean(),
});
export type Claimant = z.infer<typeof Claimant>;

export const CHAIN_ROLES = ["claimant", "relay", "outlet"] as const;

/**
 * One step of the way a statement travelled: the claimant it started with,
 * an agency or outlet it came through ("dikutip dari CNA", "kepada BBC"),
 * or the outlet that published the article.
 */
export const ChainLink = z.object({
  name: z.string().min(1),
  /** The claimant's id, or the outlet's id in `src/lexicon/outlets.yaml` (a slug of the name when unknown). */
  id: z.string().min(1),
  role: z.enum(CHAIN_ROLES),
});
export type ChainLink = z.infer<typeof ChainLink>;

/**
 * Who heard it from whom, from the origin to the publishing outlet
 * (NIS → Yonhap → Metrotvnews.com). No claimant link when the outlet speaks in
 * its own voice; no outlet link when the article names no outlet.
 */
export const Chain = z.array(ChainLink);

export const Claim = z.object({
  id: z.string().min(1),
  claimant: Claimant,
  /** Further claimants of the same statement ("intelijen militer Ukraina dan Pentagon"). */
  also: z.array(Claimant),
  /** The medium it came through ("dikutip dari CNA", "kepada BBC"), not a claimant. */
  via: Claimant.nullable(),
  /** True when the claimant is carried over from a neighbouring sentence. */
  carried: z.boolean(),
  /** The way the statement came to the outlet, from its origin. */
  chain: Chain,
  /** The reporting verb or marker that attributes it ("menyatakan", "kata"). */
  marker: z.string().nullable(),
  hedge: Hedge,
  /** The sentence carrying the claim. */
  text: z.string().min(1),
  sentence: z.number().int().nonnegative(),
  /** When the claim was made, from a dated mention in its sentence. */
  stated: Mention.nullable(),
  /** The dates of the events it refers to. */
  refersTo: z.array(Mention),
  place: Place,
});
export type Claim = z.infer<typeof Claim>;

export const CATEGORIES = [
  "deployed",
  "additional_deployed",
  "killed",
  "wounded",
  "casualties",
  "missing",
  "captured",
  "repatriated",
  "other",
] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const Figure = z.object({
  /** The exact words of the number and its bound ("lebih dari 10.000"). */
  text: z.string().min(1),
  /** The phrase around it that decided the category. */
  quote: z.string().min(1),
  min: z.number().nonnegative().nullable(),
  /** Null when open-ended ("lebih dari 10.000"). */
  max: z.number().nonnegative().nullable(),
  bound: z.string().nullable(),
  /** "puluhan", "ratusan", "ribuan": a range standing for a magnitude. */
  vague: z.boolean(),
  approximate: z.boolean(),
  category: Category,
  /** Why it was put in that category (or why it is not a troop count). */
  reason: z.string(),
  claim: z.string().nullable(),
  claimant: Claimant,
  /** The way the figure came to the outlet, from its claimant. */
  chain: Chain,
  hedge: Hedge,
  refersTo: Mention.nullable(),
  /** Index into `sentences`, or null for a figure in the title. */
  sentence: z.number().int().nonnegative().nullable(),
  place: Place,
});
export type Figure = z.infer<typeof Figure>;

export const Entry = z.object({
  /** Stable slug used in URLs. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Path of the article relative to the seeds folder. */
  file: z.string().min(1),
  /** SHA-256 of the file's bytes. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().min(1),
  titleBasis: z.enum(["front-matter", "headline", "derived"]),
  lang: z.string().min(2),
  tags: z.array(z.string()),
  source: Source,
  /**
   * When the article was published, or null when nothing in it or around it
   * dates it: such an article is still published and listed apart, as
   * undated ("Tanpa tanggal"), until an editor adds `published:` to its
   * front matter.
   */
  published: Published.nullable(),
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  removed: z.array(Removed),
  mentions: z.array(Mention),
  claims: z.array(Claim),
  figures: z.array(Figure),
});
export type Entry = z.infer<typeof Entry>;
