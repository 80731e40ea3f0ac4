/**
 * The number words of `src/lexicon/numbers.yaml`, validated and compiled
 * on first use into look-up maps.
 */
import { z } from "zod";
import { defineLexicon } from "../../lexicon/define-lexicon.ts";
import { alternation } from "../../text/alternation.ts";
import { escapeRegExp } from "../../text/escape-regexp.ts";

const Range = z.object({ min: z.number().nonnegative(), max: z.number().nonnegative() });

const NumbersFile = z
  .object({
    digits: z.record(z.string(), z.number().int().min(0).max(9)),
    teen: z.string().min(1),
    groupScales: z.record(z.string(), z.number().positive()),
    largeScales: z.record(z.string(), z.number().positive()),
    oneOf: z.record(z.string(), z.string()),
    counters: z.record(z.string(), z.number().int().positive()),
    half: z.string().min(1),
    approxSuffix: z.string().min(1),
    vague: z.record(z.string(), Range),
  })
  .superRefine((file, ctx) => {
    const scales = new Set([...Object.keys(file.digits), file.teen, ...Object.keys(file.groupScales), ...Object.keys(file.largeScales), file.half].map((w) => w.toLowerCase()));
    for (const [w, scale] of Object.entries(file.oneOf)) {
      if (!scales.has(scale.toLowerCase())) ctx.addIssue({ code: "custom", path: ["oneOf", w], message: `names the scale "${scale}", which is no number word of this file` });
    }
  });

/** What a number word does when composing a value. */
export type NumberWord =
  | { kind: "digit"; value: number }
  | { kind: "teen" }
  | { kind: "group"; factor: number }
  | { kind: "large"; factor: number }
  | { kind: "half" }
  /** A count with its classifier ("seorang"): nothing may follow it. */
  | { kind: "counter"; value: number };

/** The compiled number vocabulary. */
export interface NumbersLexicon {
  /** Every word that composes a number, lowercased. */
  words: Map<string, NumberWord[]>;
  /** Scale words with the "-an" suffix ("ribuan" after a number = about). */
  approxScales: Map<string, NumberWord>;
  /** Magnitude words and the range they stand for ("ratusan" = 100–999). */
  vague: Map<string, { min: number; max: number }>;
  /** Large scales by word ("ribu" = 1000), for scaling ranges and vague words. */
  large: Map<string, number>;
  /** The approximate suffix ("an"). */
  approxSuffix: string;
  /** Every word that may open an amount: number words and magnitude words. */
  openers: Set<string>;
  /**
   * A cheap test for text that may hold an amount: a digit or a word that
   * can open a number or a magnitude. Text without a match has no quantity.
   */
  mayHoldAmount: RegExp;
}

function compile(file: z.infer<typeof NumbersFile>): NumbersLexicon {
  const single = new Map<string, NumberWord>();
  for (const [w, v] of Object.entries(file.digits)) single.set(w.toLowerCase(), { kind: "digit", value: v });
  single.set(file.teen.toLowerCase(), { kind: "teen" });
  for (const [w, f] of Object.entries(file.groupScales)) single.set(w.toLowerCase(), { kind: "group", factor: f });
  for (const [w, f] of Object.entries(file.largeScales)) single.set(w.toLowerCase(), { kind: "large", factor: f });
  single.set(file.half.toLowerCase(), { kind: "half" });

  const words = new Map<string, NumberWord[]>();
  for (const [w, step] of single) words.set(w, [step]);
  for (const [w, scale] of Object.entries(file.oneOf)) {
    words.set(w.toLowerCase(), [{ kind: "digit", value: 1 }, single.get(scale.toLowerCase())!]);
  }

  for (const [w, v] of Object.entries(file.counters)) words.set(w.toLowerCase(), [{ kind: "counter", value: v }]);

  const suffix = file.approxSuffix.toLowerCase();
  const approxScales = new Map<string, NumberWord>();
  for (const [w, step] of single) {
    if (step.kind === "group" || step.kind === "large") approxScales.set(w + suffix, step);
  }

  const vague = new Map<string, { min: number; max: number }>();
  for (const [w, r] of Object.entries(file.vague)) vague.set(w.toLowerCase(), r);

  const large = new Map<string, number>();
  for (const [w, f] of Object.entries(file.largeScales)) large.set(w.toLowerCase(), f);

  const openers = [
    ...Object.keys(file.digits),
    ...Object.keys(file.oneOf),
    ...Object.keys(file.counters),
    file.half,
    ...Object.keys(file.vague),
  ].map((w) => w.toLowerCase());
  // ASCII word boundaries are twice as fast as Unicode look-arounds here;
  // a non-ASCII letter next to a word can only add a false alarm.
  const mayHoldAmount = new RegExp(`[0-9]|\\b${alternation(openers, escapeRegExp)}\\b`, "i");

  return { words, approxScales, vague, large, approxSuffix: suffix, openers: new Set(openers), mayHoldAmount };
}

/**
 * The number vocabulary, loaded on first use.
 *
 * @example
 * numbersLexicon().words.get("seribu");
 * //=> [{ kind: "digit", value: 1 }, { kind: "large", factor: 1000 }]
 */
export const numbersLexicon: () => NumbersLexicon = defineLexicon("numbers", NumbersFile, compile);
