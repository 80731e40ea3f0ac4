/**
 * Loads `src/lexicon/credits.yaml` (markers that introduce a credited source,
 * and known media) and compiles it once, adding the outlets of
 * `src/lexicon/outlets.yaml` as known media.
 */
import { z } from "zod";
import { loadLexicon } from "../../lexicon/load-lexicon.ts";
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
  media: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)) })),
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


let compiled: Credits | null = null;

/**
 * The credits lexicon, validated and compiled (once per process).
 *
 * @example
 * loadCredits().known.get("aljazeera") //=> "Al Jazeera"
 */
export function loadCredits(): Credits {
  if (compiled !== null) return compiled;
  const data = loadLexicon("credits", CreditsLexicon);
  const known = new Map<string, string>();
  let maxKnownTokens = 1;
  const add = (name: string, aliases: readonly string[]) => {
    for (const a of [name, ...aliases]) {
      const k = mediaKey(a);
      if (k !== "" && !known.has(k)) known.set(k, name);
      maxKnownTokens = Math.max(maxKnownTokens, a.split(/\s+/).length);
    }
  };
  for (const m of data.media) add(m.name, m.aliases);
  for (const o of loadOutlets().outlets) add(o.name, o.aliases);
  const markers = data.markers.map((m) => `(${m.pattern})`).join("|");
  compiled = {
    markers: data.markers,
    markerRegex: new RegExp(markers, "gi"),
    descriptor: new RegExp(`${alternation(data.descriptors, escapeRegExp)}(?![\\p{L}\\p{N}])\\s+`, "iuy"),
    connectors: new Set(data.connectors),
    stopWords: new Set(data.stopWords),
    known,
    maxKnownTokens,
  };
  return compiled;
}
