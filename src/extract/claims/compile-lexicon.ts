/**
 * The three lexicons of attribution (`claimants.yaml`, `reporting-verbs.yaml`,
 * `hedges.yaml`) and the outlets of `outlets.yaml` as claimants, validated
 * and compiled on first use into regexes and lookup maps. Everything else in
 * `src/extract/claims/` reads them from here.
 */
import { calendarNames } from "../../calendar/calendar-names.ts";
import { defineLexicon, once } from "../../lexicon/define-lexicon.ts";
import type { z } from "zod";
import { loadOutlets, type Outlet } from "../source/outlets-lexicon.ts";
import { outletActor, plainAliasesOf, type PlainAlias } from "./compile-aliases.ts";
import { ClaimantsLexicon, HedgesLexicon, VerbsLexicon, type Actor, type MarkerKind, type Verb } from "./lexicon-schemas.ts";
import { EDGE_AFTER, EDGE_BEFORE, entrySource, isPattern, key, wordsInner, wordsSource } from "./regex-sources.ts";
import { compilePhrases, type PhraseTable } from "../../text/phrase-table.ts";
import { splitWords } from "../../text/tokenize.ts";

export type { PlainAlias };

/** A reporting verb or marker in the marker trie. */
export interface MarkerEntry {
  kind: MarkerKind;
  verb: Verb | null;
  /** "-nya" form of a post-quote verb ("katanya"): the claimant is a pronoun. */
  nya: boolean;
}

/** Regex aliases as one alternation: group i+1 is alias i, of actor `owner[i]`. */
export interface PatternScanner {
  regex: RegExp;
  owner: number[];
}

/** A phrase table of phrases (value: true). */
function trieOf(phrases: readonly string[]): PhraseTable<true> {
  return compilePhrases(phrases.map((phrase) => [phrase, true] as const));
}

function compile(claimants: z.output<typeof ClaimantsLexicon>, verbs: z.output<typeof VerbsLexicon>, hedges: z.output<typeof HedgesLexicon>, outlets: readonly Outlet[]) {
  const all = [...claimants.actors, ...outlets.map(outletActor)];
  const actors: Actor[] = all.map(({ id, name, description, kind }) => ({ id, name, description, kind }));
  const places = new Map(all.map((entry, index) => [entry.id, { entry, index }]));
  const plainAliases: PlainAlias[] = [];
  const patterns: { source: string; actor: number; sensitive: boolean }[] = [];
  /** role → place actor → the actor that is that role of that place. */
  const roles = new Map<string, Map<number, number>>();
  all.forEach((actor, index) => {
    for (const alias of actor.aliases) {
      const pattern = typeof alias === "string" ? alias : alias.pattern;
      const sensitive = typeof alias !== "string" && alias.caseSensitive;
      if (isPattern(pattern)) patterns.push({ source: entrySource(pattern), actor: index, sensitive });
    }
    for (const alias of plainAliasesOf(actor, index, places)) {
      plainAliases.push(alias);
      if (alias.role === null || alias.place === null) continue;
      if (!roles.has(alias.role)) roles.set(alias.role, new Map());
      const byPlace = roles.get(alias.role)!;
      if (!byPlace.has(alias.place)) byPlace.set(alias.place, index);
    }
  });
  // Regex aliases: one alternation each for folded and exact case, group i+1 = pattern i.
  const patternScanner = (sensitive: boolean): PatternScanner | null => {
    const list = patterns.filter((p) => p.sensitive === sensitive).sort((a, b) => b.source.length - a.source.length);
    if (list.length === 0) return null;
    const body = list.map((p) => `(${p.source})`).join("|");
    return { regex: new RegExp(`${EDGE_BEFORE}(?:${body})${EDGE_AFTER}`, sensitive ? "gu" : "giu"), owner: list.map((p) => p.actor) };
  };

  const markerList: [string, MarkerEntry][] = [];
  const addMarker = (word: string, entry: MarkerEntry) => markerList.push([word, entry]);
  // The order of values at one node is the order they are tried in.
  for (const word of verbs.media) addMarker(word, { kind: "medium", verb: null, nya: false });
  for (const word of verbs.sources) addMarker(word, { kind: "source", verb: null, nya: /nya$/iu.test(word) });
  for (const word of verbs.relays) addMarker(word, { kind: "relay", verb: null, nya: false });
  for (const verb of verbs.post) {
    addMarker(verb.word, { kind: "post", verb, nya: /nya$/iu.test(verb.word) });
    if (!/nya$/iu.test(verb.word)) addMarker(`${verb.word}nya`, { kind: "post", verb, nya: true });
  }
  for (const verb of verbs.pre) addMarker(verb.word, { kind: "pre", verb, nya: false });
  for (const verb of verbs.passive) addMarker(verb.word, { kind: "passive", verb, nya: false });
  const markers = compilePhrases(markerList);

  const sourcePhrase =
    `(?:${wordsInner(claimants.sourceNouns)})(?:\\s+(?:${wordsInner(claimants.sourceModifiers)})){0,2}` +
    `(?:\\s+(?:${wordsInner(claimants.sourceLinks)}))?${EDGE_AFTER}`;

  const hedgeGroups = hedges.order.map((h) => `(${wordsInner(hedges.hedges[h])})`).join("|");

  return {
    actors,
    aliases: { plain: plainAliases, folded: patternScanner(false), exact: patternScanner(true) },
    /** The actor that is a role of a place ("badan intelijen" of Ukraine), by role and place actor. */
    roles,
    /** The actors with place names (states, groups of states), by index. */
    places: new Set(all.flatMap((entry, index) => (entry.names.length > 0 ? [index] : []))),
    markers,
    /** A source phrase at the start of a string: "Laporan terbaru dari ". */
    sourceAtStart: new RegExp(`^${sourcePhrase}\\s*`, "iu"),
    /** Every source phrase in a string. */
    sourceAnywhere: new RegExp(`${EDGE_BEFORE}${sourcePhrase}\\s*`, "giu"),
    leading: new RegExp(`^(?:${wordsInner(claimants.leadingDeterminers)})${EDGE_AFTER}\\s*`, "iu"),
    trailing: new RegExp(`\\s*${EDGE_BEFORE}(?:${wordsInner(claimants.trailingDeterminers)})$`, "iu"),
    demonstrative: new Set(verbs.demonstratives.map(key)),
    personPronouns: new Set(claimants.pronouns.person.map(key)),
    groupPronouns: new Set(claimants.pronouns.group.map(key)),
    connectors: new RegExp(`^(?:[\\s,]|${wordsSource(claimants.connectors)})*$`, "iu"),
    startsWithConnector: new RegExp(`^\\s*${wordsSource(claimants.connectors)}`, "iu"),
    nonAgents: new Set(claimants.nonAgents.map(key)),
    /** "juru bicara JCS Lee Sung-jun": a title that speaks for the organisation after it. */
    spokesTitle: new RegExp(`^(?:${wordsInner(claimants.spokesTitles)})${EDGE_AFTER}\\s*`, "iu"),
    /** Case-sensitive on purpose: verb-like words are lower-case, names are not. */
    clauseMarker: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${wordsInner(claimants.clauseMarkers)})(?![\\p{L}\\p{N}-])`, "u"),
    unknownKinds: {
      agency: new Set(claimants.unknownKinds.agency.map(key)),
      outlet: new Set(claimants.unknownKinds.outlet.map(key)),
      group: new Set(claimants.unknownKinds.group.map(key)),
    },
    addressee: new RegExp(`^\\s*(?:${wordsInner(verbs.addressees)})${EDGE_AFTER}\\s*`, "iu"),
    gapAtEnd: new RegExp(`(?:^|[\\s,])(?:${wordsInner(verbs.gapWords)})\\s*$`, "iu"),
    subjectBoundary: new RegExp(`[,;:"“”]|\\s[-–—]+\\s|${wordsSource(verbs.subjectBoundaries)}`, "giu"),
    // A weekday ends the object too ("kepada BBC, Senin").
    objectBoundary: new RegExp(`[,;:.!?"“”()]|\\s[-–—]+\\s|${wordsSource([...verbs.objectBoundaries, ...weekdayNames()])}`, "giu"),
    continuations: trieOf(verbs.continuations),
    demonstrativeWindow: verbs.demonstrativeWindow,
    demonstrativeStops: new Set(verbs.demonstrativeStops.map(key)),
    backReferenceWindow: verbs.backReferenceWindow,
    notReferents: new Set(verbs.notReferents.map(key)),
    anaphors: new Set(verbs.anaphors.map(key)),
    // Hedge words are plain Indonesian (ASCII): compiled without the u flag,
    // with ASCII word edges, which V8 scans about twice as fast.
    hedgeRegex: new RegExp(`\\b(?:${hedgeGroups})(?![A-Za-z0-9\\u00C0-\\u024F]|-[A-Za-z])`, "gi"),
    hedgeOrder: hedges.order,
    hedgeDefaults: hedges.defaults,
    /** Every word of the magnitudes ("puluhan ribu" gives "puluhan" and "ribu"). */
    magnitudes: new Set(hedges.magnitudes.flatMap((m) => splitWords(m).lower)),
    /** A number right after one of these is not a count ("pukul 19.10", "tahun 2022"). */
    notCountBefore: new RegExp(`${EDGE_BEFORE}(?:${wordsInner(hedges.notCountsAfter)})\\s*$`, "iu"),
  };
}

/** Weekday names, with the typographic apostrophe too ("Jum’at"). */
function weekdayNames(): string[] {
  return [...calendarNames().weekdays.keys()].flatMap((w) => (w.includes("'") ? [w, w.replace("'", "’")] : [w]));
}

const claimantsFile = defineLexicon("claimants", ClaimantsLexicon, (data) => data);
const verbsFile = defineLexicon("reporting-verbs", VerbsLexicon, (data) => data);
const hedgesFile = defineLexicon("hedges", HedgesLexicon, (data) => data);

/**
 * The compiled attribution lexicons (built on first use).
 *
 * @example
 * const lex = claimsLexicon();
 * lex.actors.find((a) => a.id === "nis")?.description
 * //=> "Badan Intelijen Nasional Korea Selatan"
 */
export const claimsLexicon = once(() => compile(claimantsFile(), verbsFile(), hedgesFile(), loadOutlets().outlets));

export type ClaimsLexicon = ReturnType<typeof compile>;

export { entrySource, key };
export type { Actor, ActorKind, MarkerKind, Verb } from "./lexicon-schemas.ts";
