/**
 * Loads `src/lexicon/outlets.yaml`, the one list of news outlets and
 * agencies (their dateline brands, byline/footer markers, web hosts, the
 * names other articles give them), and compiles the patterns on first use.
 */
import { z } from "zod";
import { calendarNames } from "../../calendar/calendar-names.ts";
import { defineLexicon } from "../../lexicon/define-lexicon.ts";
import { escapeRegExp } from "../../text/escape-regexp.ts";

const Pattern = z.string().min(1).superRefine((p, ctx) => {
  try {
    new RegExp(p, "iu");
  } catch (err) {
    ctx.addIssue({ code: "custom", message: String(err) });
  }
});

const OutletSchema = z
  .object({
    name: z.string().min(1),
    /** Its claimant id; a slug of the name when not given. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
    description: z.string().min(1),
    dateline: z.array(Pattern).default([]),
    markers: z.array(Pattern).default([]),
    hosts: z.array(z.string().regex(/^[a-z0-9.-]+(?:\/[a-z0-9/_-]+)?$/)).default([]),
    aliases: z.array(z.string().min(1)).default([]),
    examples: z.array(z.object({ text: z.string().min(1), place: z.string().nullable(), dateline: z.string().optional() })).default([]),
  })
  .superRefine((outlet, ctx) => {
    if (outlet.dateline.length > 0 && outlet.examples.length === 0) {
      ctx.addIssue({ code: "custom", path: ["examples"], message: "an outlet with a dateline needs examples of it" });
    }
  });

export const OutletsLexicon = z.object({
  dateline: z.object({
    maxHeadLength: z.number().int().positive(),
    searchParagraphs: z.number().int().positive(),
    maxHeaderLines: z.number().int().positive(),
    brandWords: z.array(z.string().min(1)),
    brandLeadWords: z.array(z.string().min(1)),
    brandWordParts: z.array(z.string().min(3)),
    multiWordPlaces: z.array(z.string().min(1)),
    notPlaces: z.array(z.string().min(1)),
  }),
  outlets: z.array(OutletSchema).min(1),
});

export type OutletData = z.infer<typeof OutletSchema>;

/** An outlet with its patterns compiled. */
export interface Outlet extends OutletData {
  id: string;
  /** Dateline brands as whole tokens (case-insensitive). */
  brandRegexes: RegExp[];
  /** Brands, markers and hosts, for bylines and footers (global, case-insensitive). */
  markerRegexes: RegExp[];
}

export interface Outlets {
  outlets: readonly Outlet[];
  maxHeadLength: number;
  searchParagraphs: number;
  maxHeaderLines: number;
  /** Words that make a name a news brand, lowercased. */
  brandWords: ReadonlySet<string>;
  /** Words that make a name of two words or more a brand beside a place when they open it, lowercased. */
  brandLeadWords: ReadonlySet<string>;
  /** Brand words that make a one-word name a brand when they begin or end it, lowercased. */
  brandWordParts: readonly string[];
  /** Multi-word places, lowercased, longest first. */
  multiWordPlaces: readonly string[];
  notPlaces: ReadonlySet<string>;
  /** An unknown brand that looks like a domain ("GELORA.CO"). */
  domainBrand: RegExp;
  /** Any outlet's brand, and any outlet's brand, marker or host: one test rules out the many texts that name no outlet. */
  anyBrand: RegExp;
  anyMarker: RegExp;
}

/**
 * The claimant id of an outlet named `name`.
 *
 * @example
 * slugOf("Liputan6.com") //=> "liputan6-com"
 */
function slugOf(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/gu, "").toLowerCase().replace(/[^a-z0-9]+/gu, "-").replace(/^-+|-+$/gu, "");
}

const token = (p: string) => `(?<![\\p{L}\\p{N}])(?:${p})(?![\\p{L}\\p{N}])`;

/**
 * The outlets lexicon, validated and compiled (once per process).
 *
 * @example
 * loadOutlets().outlets[0]?.name //=> "Liputan6.com"
 */
export const loadOutlets = defineLexicon("outlets", OutletsLexicon, (data): Outlets => {
  const outlets = data.outlets.map((o) => ({
    ...o,
    id: o.id ?? slugOf(o.name),
    brandRegexes: o.dateline.map((p) => new RegExp(token(p), "iu")),
    markerRegexes: [
      ...[...o.dateline, ...o.markers].map((p) => new RegExp(token(p), "giu")),
      ...o.hosts
        .filter((h) => !h.includes("/"))
        .map((h) => new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(h)}(?![\\p{L}\\p{N}-])`, "giu")),
    ],
  }));
  const union = (regexes: RegExp[]) => new RegExp(regexes.map((r) => `(?:${r.source})`).join("|") || "(?!)", "iu");
  return {
    outlets,
    anyBrand: union(outlets.flatMap((o) => o.brandRegexes)),
    anyMarker: union(outlets.flatMap((o) => o.markerRegexes)),
    maxHeadLength: data.dateline.maxHeadLength,
    searchParagraphs: data.dateline.searchParagraphs,
    maxHeaderLines: data.dateline.maxHeaderLines,
    brandWords: new Set(data.dateline.brandWords.map((w) => w.toLowerCase())),
    brandLeadWords: new Set(data.dateline.brandLeadWords.map((w) => w.toLowerCase())),
    brandWordParts: data.dateline.brandWordParts.map((w) => w.toLowerCase()),
    multiWordPlaces: data.dateline.multiWordPlaces.map((p) => p.toLowerCase()).sort((a, b) => b.length - a.length),
    notPlaces: new Set([...data.dateline.notPlaces.map((p) => p.toLowerCase()), ...calendarNames().weekdays.keys()]),
    domainBrand: /(?<![\p{L}\p{N}.-])[\p{L}\p{N}-]{2,40}\.(?:co\.id|or\.id|web\.id|my\.id|com|co|id|net|tv|news|info|online)(?![\p{L}\p{N}])/iu,
  };
});

/** An outlet found in a text, with where it starts. */
export interface OutletHit {
  outlet: Outlet;
  start: number;
  end: number;
}

/**
 * The earliest outlet named in `text` by a brand, marker or host (the
 * longest one when several start at the same place), or null.
 *
 * @example
 * findOutletMention("Google News Metrotvnews.com")?.outlet.name //=> "Metrotvnews.com"
 */
export function findOutletMention(text: string): OutletHit | null {
  const s = String(text ?? "").slice(0, 2000);
  const lex = loadOutlets();
  if (!lex.anyMarker.test(s)) return null;
  let best: OutletHit | null = null;
  for (const outlet of lex.outlets) {
    for (const re of outlet.markerRegexes) {
      re.lastIndex = 0;
      const m = re.exec(s);
      if (m === null) continue;
      const hit = { outlet, start: m.index, end: m.index + m[0].length };
      if (best === null || hit.start < best.start || (hit.start === best.start && hit.end > best.end)) best = hit;
    }
  }
  return best;
}

/**
 * True when `name` is the canonical name of an outlet of the lexicon.
 *
 * @example
 * isOutletName("Liputan6.com") //=> true
 * isOutletName("example.co.id") //=> false
 */
export function isOutletName(name: string): boolean {
  return loadOutlets().outlets.some((o) => o.name === name);
}
