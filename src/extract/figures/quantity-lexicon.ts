/**
 * The words around numbers from `src/lexicon/quantity-phrases.yaml`,
 * validated and compiled once at module load: phrase tables for bounds and
 * blocked contexts, and anchored regular expressions for range joiners and
 * currencies.
 */
import { z } from "zod";
import { loadLexicon } from "../../lexicon/load-lexicon.ts";
import { alternation } from "../../text/alternation.ts";
import { compilePhrases, type PhraseTable } from "./tokenize.ts";

/** How a bound word limits the number. */
export type BoundKind = "lower" | "upper" | "approximate" | "reached";

const Bound = z.object({ words: z.string().min(1), kind: z.enum(["lower", "upper", "approximate", "reached"]) });

const QuantityFile = z.object({
  bounds: z.array(Bound),
  postposed_bounds: z.array(Bound),
  postposed_not_before: z.array(z.string()),
  range_openers: z.array(z.string()),
  range_joiners: z.array(z.object({ words: z.string().min(1), needs_opener: z.array(z.string()).optional() })),
  currencies: z.array(z.string().min(1)),
  multiword_units: z.array(z.string().min(1)),
  function_words: z.array(z.string()),
  not_a_count: z.object({
    before: z.array(z.string()),
    after: z.array(z.string()),
    year_like: z.object({ min: z.number().int(), max: z.number().int() }),
    year_kept_before: z.array(z.string()),
    year_cues_before: z.array(z.string()),
  }),
});

/** The compiled vocabulary around numbers. */
export interface QuantityLexicon {
  bounds: PhraseTable<BoundKind>;
  postposedBounds: PhraseTable<BoundKind>;
  postposedNotBefore: Set<string>;
  openers: Set<string>;
  /** Matches the whole text between two ends of a range ("-", " hingga "). */
  joiner: RegExp;
  /** Joiners that need an opener, by opener ("antara" → / dan /). */
  openerJoiners: Map<string, RegExp>;
  /** Matches a currency at the end of the text before a numeral. */
  currency: RegExp;
  units: PhraseTable<true>;
  functionWords: Set<string>;
  blockedBefore: PhraseTable<true>;
  blockedAfter: Set<string>;
  yearMin: number;
  yearMax: number;
  yearKeptBefore: Set<string>;
  yearCuesBefore: Set<string>;
}

const lower = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));

function compile(file: z.infer<typeof QuantityFile>): QuantityLexicon {
  const plain = file.range_joiners.filter((j) => j.needs_opener === undefined).map((j) => j.words);
  const openerJoiners = new Map<string, RegExp>();
  for (const opener of file.range_openers) {
    const words = file.range_joiners
      .filter((j) => j.needs_opener?.some((o) => o.toLowerCase() === opener.toLowerCase()))
      .map((j) => j.words);
    if (words.length > 0) openerJoiners.set(opener.toLowerCase(), new RegExp(`^\\s*${alternation(words)}\\s*$`, "iu"));
  }
  return {
    bounds: compilePhrases(file.bounds.map((b) => [b.words, b.kind] as const)),
    postposedBounds: compilePhrases(file.postposed_bounds.map((b) => [b.words, b.kind] as const)),
    postposedNotBefore: lower(file.postposed_not_before),
    openers: lower(file.range_openers),
    joiner: new RegExp(`^\\s*${alternation(plain)}\\s*$`, "iu"),
    openerJoiners,
    currency: new RegExp(`(?<![\\p{L}\\p{N}])${alternation(file.currencies)}\\s?$`, "iu"),
    units: compilePhrases(file.multiword_units.map((u) => [u, true] as const)),
    functionWords: lower(file.function_words),
    blockedBefore: compilePhrases(file.not_a_count.before.map((w) => [w, true] as const)),
    blockedAfter: lower(file.not_a_count.after),
    yearMin: file.not_a_count.year_like.min,
    yearMax: file.not_a_count.year_like.max,
    yearKeptBefore: lower(file.not_a_count.year_kept_before),
    yearCuesBefore: lower(file.not_a_count.year_cues_before),
  };
}

/**
 * The vocabulary around numbers, loaded once.
 *
 * @example
 * QUANTITY_WORDS.joiner.test(" hingga ");
 * //=> true
 */
export const QUANTITY_WORDS: QuantityLexicon = compile(loadLexicon("quantity-phrases", QuantityFile));
