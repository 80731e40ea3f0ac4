/**
 * The words around numbers from `src/lexicon/quantity-phrases.yaml`,
 * validated and compiled on first use: phrase tables for bounds and
 * blocked contexts, and anchored regular expressions for range joiners and
 * currencies.
 */
import { z } from "zod";
import { calendarNames } from "../../calendar/calendar-names.ts";
import { defineLexicon } from "../../lexicon/define-lexicon.ts";
import { alternation } from "../../text/alternation.ts";
import { compilePhrases, type PhraseTable } from "./tokenize.ts";

/** How a bound word limits the number. */
export type BoundKind = "lower" | "upper" | "approximate" | "reached";

const Bound = z.object({ words: z.string().min(1), kind: z.enum(["lower", "upper", "approximate", "reached"]) });

const QuantityFile = z.object({
  bounds: z.array(Bound),
  changeVerbs: z.array(z.string().min(1)),
  postposedBounds: z.array(Bound),
  postposedNotBefore: z.array(z.string()),
  rangeOpeners: z.array(z.string()),
  rangeJoiners: z.array(z.object({ words: z.string().min(1), needsOpener: z.array(z.string()).optional() })),
  currencies: z.array(z.string().min(1)),
  multiwordUnits: z.array(z.string().min(1)),
  functionWords: z.array(z.string()),
  notACount: z.object({
    before: z.array(z.string()),
    after: z.array(z.string()),
    yearLike: z.object({ min: z.number().int(), max: z.number().int() }),
    yearKeptBefore: z.array(z.string()),
    yearCuesBefore: z.array(z.string()),
  }),
});

/** The compiled vocabulary around numbers. */
export interface QuantityLexicon {
  bounds: PhraseTable<BoundKind>;
  /** Verbs of change after which an upper bound is the value reached ("meningkat hingga"). */
  changeVerbs: Set<string>;
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
  const months = [...calendarNames().months.keys()];
  const plain = file.rangeJoiners.filter((j) => j.needsOpener === undefined).map((j) => j.words);
  const openerJoiners = new Map<string, RegExp>();
  for (const opener of file.rangeOpeners) {
    const words = file.rangeJoiners
      .filter((j) => j.needsOpener?.some((o) => o.toLowerCase() === opener.toLowerCase()))
      .map((j) => j.words);
    if (words.length > 0) openerJoiners.set(opener.toLowerCase(), new RegExp(`^\\s*${alternation(words)}\\s*$`, "iu"));
  }
  return {
    bounds: compilePhrases(file.bounds.map((b) => [b.words, b.kind] as const)),
    changeVerbs: lower(file.changeVerbs),
    postposedBounds: compilePhrases(file.postposedBounds.map((b) => [b.words, b.kind] as const)),
    postposedNotBefore: lower(file.postposedNotBefore),
    openers: lower(file.rangeOpeners),
    joiner: new RegExp(`^\\s*${alternation(plain)}\\s*$`, "iu"),
    openerJoiners,
    currency: new RegExp(`(?<![\\p{L}\\p{N}])${alternation(file.currencies)}\\s?$`, "iu"),
    units: compilePhrases(file.multiwordUnits.map((u) => [u, true] as const)),
    functionWords: lower(file.functionWords),
    blockedBefore: compilePhrases(file.notACount.before.map((w) => [w, true] as const)),
    blockedAfter: lower([...file.notACount.after, ...months]),
    yearMin: file.notACount.yearLike.min,
    yearMax: file.notACount.yearLike.max,
    yearKeptBefore: lower(file.notACount.yearKeptBefore),
    yearCuesBefore: lower([...file.notACount.yearCuesBefore, ...months]),
  };
}

/**
 * The vocabulary around numbers, loaded on first use.
 *
 * @example
 * quantityWords().joiner.test(" hingga ");
 * //=> true
 */
export const quantityWords: () => QuantityLexicon = defineLexicon("quantity-phrases", QuantityFile, compile);
