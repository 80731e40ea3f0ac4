/**
 * What one sentence says about its own attribution, before any context:
 * the reporting verbs and source markers in it, the claimants they name, the
 * medium, its hedge words, and the signs that it continues or points back to
 * another sentence. `attribute-sentences.ts` then weighs these in context.
 */
import { findHedges } from "./choose-hedge.ts";
import { claimsLexicon, type MarkerKind } from "./compile-lexicon.ts";
import { hasFigure } from "./has-figure.ts";
import { markerAllowed, markerCandidate, type Candidate, type Signals } from "./marker-candidate.ts";
import type { Span } from "./phrase-bounds.ts";
import { quoteSpans, type QuoteSpans } from "./quote-spans.ts";
import { scanAliases, type AliasHit } from "./scan-aliases.ts";
import { opensPhrase, phrasesStartingAt } from "../../text/phrase-table.ts";
import { splitWords, type Words } from "../../text/tokenize.ts";
import type { Claimant, Hedge } from "./types.ts";

const MAX_MARKERS = 12;
const RANK: Record<MarkerKind, number> = { post: 0, pre: 1, passive: 2, source: 3, relay: 4, medium: 5 };
const SPEAKERS: ReadonlySet<MarkerKind> = new Set(["post", "pre", "passive"]);

export type { Candidate };

/** Everything `attributeSentences` needs to know about one sentence. */
export interface SentenceFacts extends Signals {
  /** The attribution that names the sentence's claimant, or null. */
  best: Candidate | null;
  /**
   * The source a speaking `best` relays ("…, mengutip NIS", "… usai menerima
   * pengarahan dari badan intelijen tersebut", "X mengatakan bahwa …, menurut
   * Y"): the claimant of the sentence when it can be named, the speaker then
   * in `also`. Null when the speaker speaks for themself.
   */
  origin: Candidate | null;
  /** Other claimants of the sentence (for `also`). */
  others: Claimant[];
  via: Claimant | null;
  /** Starts like a continuation of the report before ("Mereka", "Insiden tersebut"). */
  continues: boolean;
  /** Speaks early of something just reported: a noun and a demonstrative among its first words ("diantara 4000 tentara itu"). */
  refersBack: boolean;
  quotes: QuoteSpans;
  hedges: Set<Hedge>;
  figure: boolean;
}

function continues(words: Words): boolean {
  let i = 0;
  while (i < words.lower.length && !/[\p{L}\p{N}]/u.test(words.lower[i]!)) i++;
  if (i >= words.lower.length) return false;
  if (phrasesStartingAt(claimsLexicon().continuations, (j) => words.lower[j], i).length > 0) return true;
  const first = words.lower[i]!;
  if (claimsLexicon().demonstrativeStops.has(first) || claimsLexicon().demonstrative.has(first)) return false;
  for (let j = i + 1; j < words.lower.length && j <= i + claimsLexicon().demonstrativeWindow; j++) {
    const word = words.lower[j]!;
    if (claimsLexicon().demonstrative.has(word)) return true;
    if (!/[\p{L}\p{N}]/u.test(word)) return false;
  }
  return false;
}

function refersBack(words: Words): boolean {
  const lex = claimsLexicon();
  let seen = 0;
  let before = "";
  for (let i = 0; i < words.lower.length && seen < lex.backReferenceWindow; i++) {
    const word = words.lower[i]!;
    if (!/[\p{L}\p{N}]/u.test(word)) continue;
    if ((word === "itu" || word === "tersebut") && seen > 0 && !lex.notReferents.has(before)) return true;
    before = word;
    seen++;
  }
  return false;
}

/**
 * The attribution facts of one sentence. `startsInQuote` says whether a
 * quotation opened in an earlier sentence of the paragraph is still open.
 *
 * @example
 * const facts = readSentence('"Kami siap," kata Ryder kepada CNN.', false);
 * facts.best?.claimants[0]?.id //=> "ryder"
 * facts.via?.id                //=> "cnn"
 */
export function readSentence(text: string, startsInQuote: boolean): SentenceFacts {
  const quotes = quoteSpans(text, startsInQuote);
  const words = splitWords(text);
  const facts: SentenceFacts = {
    best: null,
    origin: null,
    others: [],
    via: null,
    agentless: false,
    pointsBack: false,
    continues: continues(words),
    refersBack: refersBack(words),
    quotes,
    hedges: findHedges(text),
    figure: hasFigure(text, words),
  };
  let hits: AliasHit[] | null = null;
  const found: Candidate[] = [];
  let seen = 0;
  const spans = quotes.spans;
  let span = 0;
  for (let i = 0; i < words.lower.length && seen < MAX_MARKERS; ) {
    const at = words.start[i]!;
    let next = i + 1;
    while (span < spans.length && spans[span]![1] <= at) span++;
    const quoted = span < spans.length && spans[span]![0] < at;
    if (!quoted && opensPhrase(claimsLexicon().markers, words.lower[i]!)) {
      const quotedBefore = startsInQuote || (spans.length > 0 && spans[0]![0] < at);
      search: for (const { last, values } of phrasesStartingAt(claimsLexicon().markers, (j) => words.lower[j], i)) {
        const marker: Span = [at, words.end[last]!];
        for (const entry of values) {
          if (!markerAllowed(text, marker, entry, quotedBefore)) continue;
          seen++;
          hits ??= scanAliases(text, words);
          const candidate = markerCandidate(text, hits, marker, entry, facts);
          if (candidate) found.push(candidate);
          next = last + 1;
          break search;
        }
      }
    }
    i = next;
  }
  if (found.length === 0) return facts;

  // A named speaker beats a medium; a known claimant beats an unknown one of
  // the same rank, but not a speaker's own verb ("Menurut NIS, …, tetapi
  // pejabat militer … mengatakan …" is the officials', known or not).
  const score = (c: Candidate) => (c.kind === "medium" ? 100 : 0) + RANK[c.kind] * 2 + (c.claimants[0]?.known === true ? 0 : 1);
  const ranked = [...found].sort((a, b) => score(a) - score(b) || a.at - b.at);
  const best = ranked[0]!;
  facts.best = best;
  if (SPEAKERS.has(best.kind)) {
    facts.origin = found.find((c) => c.kind === "relay" || (c.kind === "source" && c.at > best.at)) ?? null;
  }
  facts.via = best.via ?? found.find((c) => c.kind === "medium" && c !== best)?.claimants[0] ?? null;
  const seenIds = new Set(best.claimants.slice(0, 1).map((c) => c.id));
  for (const claimant of [...best.claimants.slice(1), ...ranked.slice(1).filter((c) => c.kind !== "medium").flatMap((c) => c.claimants)]) {
    if (seenIds.has(claimant.id)) continue;
    seenIds.add(claimant.id);
    facts.others.push(claimant);
  }
  return facts;
}
