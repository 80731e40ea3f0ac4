/**
 * Loads `src/lexicon/credits.yaml` (the words that introduce a credited
 * source) and compiles it on first use; the known media are the outlets and
 * agencies of `src/lexicon/outlets.yaml`.
 */
import { z } from "zod";
import { calendarNames } from "../../calendar/calendar-names.ts";
import { defineLexicon } from "../../lexicon/define-lexicon.ts";
import { alternation } from "../../text/alternation.ts";
import { escapeRegExp } from "../../text/escape-regexp.ts";
import { loadOutlets } from "./outlets-lexicon.ts";

const MarkerSchema = z.object({
  pattern: z.string().min(1).superRefine((p, ctx) => {
    try {
      // The markers are joined into one regex, group i+1 per marker: no groups of their own.
      if (new RegExp(`(?:${p})|`, "i").exec("")!.length !== 1) {
        ctx.addIssue({ code: "custom", message: "use (?:...) groups only" });
      }
    } catch (err) {
      ctx.addIssue({ code: "custom", message: String(err) });
    }
  }),
  strength: z.enum(["strong", "weak"]),
  examples: z.array(z.object({ text: z.string().min(1), names: z.array(z.string()) })).min(1),
});

export const CreditsLexicon = z.object({
  markers: z.array(MarkerSchema).min(1),
  descriptors: z.array(z.string().min(1)),
  connectors: z.array(z.string().min(1)),
  stopWords: z.array(z.string().min(1)),
});

export type CreditMarker = z.infer<typeof MarkerSchema>;

export interface Credits {
  markers: readonly CreditMarker[];
  /**
   * All markers in one global, case-insensitive regex; capture group i+1 is
   * marker i. Without the unicode flag (much faster to scan); the caller
   * checks that a match stands as whole words.
   */
  markerRegex: RegExp;
  /** Descriptor words at the start of a string, with following spaces (sticky). */
  descriptor: RegExp;
  connectors: ReadonlySet<string>;
  /** Lowercased words that end a name: the stop words, and every month and weekday name. */
  stopWords: ReadonlySet<string>;
  /** Canonical name by media key (see `mediaKey`). */
  known: ReadonlyMap<string, string>;
  /** Most tokens in a known name. */
  maxKnownTokens: number;
}

/**
 * The comparison key of a medium's name: lowercase letters and digits only.
 *
 * @example
 * mediaKey("Al-Jazeera") //=> "aljazeera"
 */
export function mediaKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}


/**
 * The credits lexicon, validated and compiled (once per process).
 *
 * @example
 * loadCredits().known.get("aljazeera") //=> "Al Jazeera"
 */
export const loadCredits = defineLexicon("credits", CreditsLexicon, (data): Credits => {
  const known = new Map<string, string>();
  let maxKnownTokens = 1;
  const add = (name: string, aliases: readonly string[]) => {
    for (const a of [name, ...aliases]) {
      const k = mediaKey(a);
      if (k !== "" && !known.has(k)) known.set(k, name);
      maxKnownTokens = Math.max(maxKnownTokens, a.split(/\s+/).length);
    }
  };
  for (const o of loadOutlets().outlets) add(o.name, o.aliases);
  const names = calendarNames();
  const markers = data.markers.map((m) => `(${m.pattern})`).join("|");
  return {
    markers: data.markers,
    markerRegex: new RegExp(markers, "gi"),
    descriptor: new RegExp(`${alternation(data.descriptors, escapeRegExp)}(?![\\p{L}\\p{N}])\\s+`, "iuy"),
    connectors: new Set(data.connectors),
    stopWords: new Set([...data.stopWords.map((w) => w.toLowerCase()), ...names.months.keys(), ...names.weekdays.keys(), ...names.englishWeekdays.keys()]),
    known,
    maxKnownTokens,
  };
});
