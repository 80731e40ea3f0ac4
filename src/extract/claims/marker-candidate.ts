/**
 * One reporting verb or source marker of a sentence, read into the claimant
 * it names: the subject before a pre-posed verb, the phrase after a
 * post-quote verb, "menurut" or a passive verb, the medium after "dikutip
 * dari" or "kepada".
 */
import { claimsLexicon, key, type MarkerEntry, type MarkerKind } from "./compile-lexicon.ts";
import { objectAfter, subjectBefore, type Span } from "./phrase-bounds.ts";
import { resolvePhrase } from "./resolve-phrase.ts";
import type { AliasHit } from "./scan-aliases.ts";
import type { Claimant, Hedge, Resolved } from "./types.ts";


/** One attribution found in the sentence. */
export interface Candidate {
  kind: MarkerKind;
  at: number;
  /** The marker as written. */
  marker: string;
  /** The marker's default hedge. */
  hedge: Hedge | null;
  /** Who it names; empty when it is a pronoun. */
  claimants: Claimant[];
  /** A pronoun or a description pointing back ("badan intelijen tersebut", with the kind it asks for). */
  pronoun: { text: string; group: boolean; kind?: Claimant["kind"] } | null;
  via: Claimant | null;
}

/** What a marker tells about its sentence besides a claimant. */
export interface Signals {
  /** A passive report without agent ("disebut", "diperkirakan"). */
  agentless: boolean;
  /** "Hal ini diungkapkan X": the sentence before is X's too. */
  pointsBack: boolean;
}

/** Known names of the sentence inside [start, end), shifted to the span. */
function within(hits: readonly AliasHit[], [start, end]: Span): AliasHit[] {
  const out: AliasHit[] = [];
  for (const h of hits) if (h.start >= start && h.end <= end) out.push({ ...h, start: h.start - start, end: h.end - start });
  return out;
}

/** The claimant(s) of a span of the sentence. */
function resolveSpan(text: string, span: Span, hits: readonly AliasHit[]): Resolved {
  return resolvePhrase(text.slice(span[0], span[1]), within(hits, span));
}

/** The claimants (or pronoun) a phrase names, and the medium its own words name ("… yang dikutip dalam media X"). */
function claimantsOf(resolved: Resolved): (Pick<Candidate, "claimants" | "pronoun"> & { medium: Claimant | null }) | null {
  if (resolved.type === "claimants") return { claimants: resolved.claimants, pronoun: null, medium: resolved.via ?? null };
  if (resolved.type === "pronoun") {
    const pronoun = { text: resolved.text, group: resolved.group, ...(resolved.kind === undefined ? {} : { kind: resolved.kind }) };
    return { claimants: [], pronoun, medium: null };
  }
  return null;
}

/** A medium named after `from` ("kepada BBC"), when it is a name. */
function mediumAt(text: string, from: number, hits: readonly AliasHit[]): Claimant | null {
  const resolved = resolveSpan(text, objectAfter(text, from, hits), hits);
  if (resolved.type !== "claimants") return null;
  const first = resolved.claimants[0]!;
  return first.known || /^\p{Lu}/u.test(first.name) ? first : null;
}

function addresseeAfter(text: string, at: number, hits: readonly AliasHit[]): Claimant | null {
  const addr = claimsLexicon().addressee.exec(text.slice(at, at + 40));
  return addr ? mediumAt(text, at + addr[0].length, hits) : null;
}

/** True when the last non-space character before `at` opens a clause. */
function clauseInitial(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 40; i--) {
    const c = text[i]!;
    if (/\s/u.test(c)) continue;
    return /[,;:"“”(\-–—]/u.test(c);
  }
  return true;
}

function stripGaps(prefix: string): string {
  let text = prefix.trimEnd();
  for (let round = 0; round < 6; round++) {
    const gap = claimsLexicon().gapAtEnd.exec(text);
    if (!gap) break;
    text = text.slice(0, gap.index).trimEnd();
  }
  return text;
}

/**
 * The attribution a marker makes, or null when it names nobody. `hits` are
 * the known names of the whole sentence; `signals` collects what the marker
 * says besides (an agentless passive, a pointer back to the sentence before).
 *
 * @example
 * const text = '"Kami siap," kata Ryder kepada CNN.';
 * const words = splitWords(text);
 * const [{ values }] = phrasesStartingAt(claimsLexicon().markers, (j) => words.lower[j], 5);
 * markerCandidate(text, scanAliases(text), [13, 17], values[0], { agentless: false, pointsBack: false })
 * //=> { kind: "post", at: 13, marker: "kata", hedge: null,
 * //     claimants: [{ id: "ryder", … }], pronoun: null, via: { id: "cnn", … } }
 */
export function markerCandidate(
  text: string,
  hits: readonly AliasHit[],
  [at, end]: Span,
  entry: MarkerEntry,
  signals: Signals,
): Candidate | null {
  const { kind, verb, nya } = entry;
  const base = { kind, at, marker: text.slice(at, end), hedge: verb?.hedge ?? null };
  if (nya) return { ...base, claimants: [], pronoun: { text: base.marker, group: false }, via: addresseeAfter(text, end, hits) };
  if (kind === "medium") {
    const via = mediumAt(text, end, hits);
    return via ? { ...base, claimants: [via], pronoun: null, via: null } : null;
  }
  if (kind === "relay") {
    // "mengutip CNN" cites a medium; "mengutip Badan Intelijen Nasional" an origin.
    const resolved = claimantsOf(resolveSpan(text, objectAfter(text, end, hits), hits));
    if (!resolved) return null;
    const first = resolved.claimants[0];
    if (first?.kind === "outlet") return first.known || /^\p{Lu}/u.test(first.name) ? { ...base, kind: "medium", claimants: [first], pronoun: null, via: null } : null;
    return { ...base, claimants: resolved.claimants, pronoun: resolved.pronoun, via: null };
  }
  if (kind === "source" || kind === "post") {
    const object = objectAfter(text, end, hits);
    const resolved = claimantsOf(resolveSpan(text, object, hits));
    if (!resolved) return null;
    const { medium, ...who } = resolved;
    return { ...base, ...who, via: (kind === "post" ? addresseeAfter(text, object[1], hits) : null) ?? medium };
  }
  if (kind === "pre") {
    for (const span of subjectBefore(text, at, hits)) {
      const resolved = claimantsOf(resolveSpan(text, span, hits));
      if (!resolved) continue;
      const { medium, ...who } = resolved;
      const via = verb?.addressee ? mediumAt(text, end, hits) : addresseeAfter(text, end, hits);
      return { ...base, ...who, via: via ?? medium };
    }
    return null;
  }
  // passive: "dibantah oleh X", or "Hal ini diungkapkan X" with X a known name
  const oleh = /^\s+oleh\s+/iu.exec(text.slice(end, end + 12));
  let who: (Pick<Candidate, "claimants" | "pronoun"> & { medium: Claimant | null }) | null = null;
  if (oleh) {
    who = claimantsOf(resolveSpan(text, objectAfter(text, end + oleh[0].length, hits), hits));
  } else if (!clauseInitial(text, at)) {
    const span = objectAfter(text, end, hits);
    if (hits.some((h) => h.start === span[0])) who = claimantsOf(resolveSpan(text, span, hits));
  }
  if (!who || who.claimants.length === 0) {
    if (verb?.agentless) signals.agentless = true;
    return null;
  }
  if (at <= 60 && claimsLexicon().anaphors.has(key(stripGaps(text.slice(0, at)).replace(/^[\s"“”']+/u, "")))) signals.pointsBack = true;
  const { medium, ...named } = who;
  return { ...base, ...named, via: medium };
}

/**
 * True when the marker may stand here: a post-quote verb only right after a
 * comma, a closing quote, "?" or "!" (and a `quoteOnly` one only after a
 * quotation); a head-line verb only in its own case.
 *
 * @example
 * // "jelas" (clear) is a reporting verb only after a quotation
 * markerAllowed("Sikap itu, jelas Kirby.", [11, 16], jelas, false) //=> false
 */
export function markerAllowed(text: string, [at, end]: Span, entry: MarkerEntry, quotedBefore: boolean): boolean {
  if (entry.verb?.caseSensitive && text.slice(at, end) !== entry.verb.word) return false;
  if (entry.kind !== "post") return true;
  if (entry.verb?.quoteOnly && !quotedBefore) return false;
  for (let i = at - 1, spaces = 0; i >= 0 && spaces <= 3; i--) {
    const c = text[i]!;
    if (c === " " || c === "\u00a0") spaces++;
    else if (c !== "," && c !== '"' && c !== "”" && c !== "?" && c !== "!") return false;
    else return !entry.verb?.afterClause || clauseWords(text.slice(0, i)) >= CLAUSE_WORDS;
  }
  return false;
}

/** How many words must stand before the comma of a post-quote word that is also a noun ("klaim"). */
const CLAUSE_WORDS = 4;

/** The words of `before` after a dateline's dash ("KYIV - Namun" has one). */
function clauseWords(before: string): number {
  const clause = before.split(/\s[-–—]+\s/u).at(-1) ?? "";
  return clause.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
}

