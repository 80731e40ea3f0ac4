/**
 * Reads the claimant out of the phrase that names it ("Seorang anggota
 * parlemen Korea Selatan", "juru bicara Pentagon Mayor Jenderal Pat Ryder",
 * "Laporan terbaru dari ABC News"). The rules are described at the top of
 * `src/lexicon/claimants.yaml`.
 */
import { acronymHead } from "./acronym-head.ts";
import { claimsLexicon, key } from "./compile-lexicon.ts";
import { knownClaimant, unknownClaimant } from "./make-claimant.ts";
import { description, quotedIn } from "./phrase-forms.ts";
import { apposed, leadingRole, roleOf } from "./place-roles.ts";
import { scanAliases, type AliasHit } from "./scan-aliases.ts";
import type { Claimant, Resolved } from "./types.ts";


const NONE: Resolved = { type: "none" };
const MAX_WORDS = 10;
/** The longest stretch of a phrase scanned for names. */
export const MAX_LENGTH = 400;
const TAIL = 48;
const LEAD_PUNCT = /^[\s,.;:'"“”‘’()\-–—]+/u;
const TRAIL_PUNCT = /[\s,.;:'"“”‘’(\-–—]+$/u;
const TRAIL_PAREN = /\s*\([^()]{0,20}\)$/u;
const PAREN = /\s*\([^()]{0,20}\)/gu;
const GAP_PAREN = /\([^()]{0,20}\)/gu;

interface Cleaned {
  /** The kept part of the phrase: [lo, hi). */
  lo: number;
  hi: number;
  pointer: boolean;
  sourced: boolean;
  plural: boolean;
}

/** Strip determiners, report nouns and edge punctuation by moving [lo, hi). */
function clean(phrase: string): Cleaned {
  let lo = 0;
  let hi = Math.min(phrase.length, MAX_LENGTH);
  let pointer = false;
  let sourced = false;
  let plural = false;
  for (let round = 0; round < 8 && lo < hi; round++) {
    const was = hi - lo;
    let text = phrase.slice(lo, hi);
    const punct = LEAD_PUNCT.exec(text);
    const determiner = punct ? null : claimsLexicon().leading.exec(text);
    const source = punct || determiner ? null : claimsLexicon().sourceAtStart.exec(text);
    const lead = punct ?? determiner ?? source;
    if (lead) {
      const word = key(lead[0]);
      if (source) sourced = true;
      if (determiner) plural ||= word !== "seorang" && word !== "sebuah" && word !== "sang";
      lo += lead[0].length;
      text = phrase.slice(lo, hi);
    }
    // Look only at the tail: the end-anchored patterns would otherwise be
    // tried at every offset of the phrase.
    const skip = Math.max(0, text.length - TAIL);
    const tail = skip > 0 ? text.slice(skip) : text;
    const trail = TRAIL_PUNCT.exec(tail) ?? TRAIL_PAREN.exec(tail) ?? claimsLexicon().trailing.exec(tail);
    if (trail) {
      pointer ||= claimsLexicon().demonstrative.has(key(trail[0]));
      hi = lo + skip + trail.index;
    }
    if (hi - lo === was) break;
  }
  return { lo, hi: Math.max(lo, hi), pointer, sourced, plural };
}

/**
 * True when the hits fill the text, joined only by commas, parentheses and
 * connectors, with a comma or a connector between two names ("Badan
 * Intelijen Nasional (NIS) Korea Selatan" is one name, not a list).
 */
function coordinated(text: string, hits: AliasHit[], from = 0): boolean {
  let at = from;
  for (const [i, hit] of [...hits, null].entries()) {
    const gap = text.slice(at, hit ? hit.start : text.length).replace(GAP_PAREN, " ");
    if (!claimsLexicon().connectors.test(gap)) return false;
    if (hit !== null && i > 0 && gap.trim() === "") return false;
    if (hit) at = hit.end;
  }
  return true;
}

/** Offset of the first " yang " outside a name: where a relative clause starts. */
function headEnd(text: string, hits: AliasHit[]): number {
  const re = /\syang\s/giu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    if (!hits.some((h) => h.start <= at && at < h.end)) return at;
  }
  return text.length;
}

/** True when the words outside known names read as a clause ("telah membuat"). */
function clause(text: string, hits: AliasHit[]): boolean {
  let masked = text;
  for (const hit of hits) masked = masked.slice(0, hit.start) + " ".repeat(hit.end - hit.start) + masked.slice(hit.end);
  return claimsLexicon().clauseMarker.test(masked);
}

function single(hit: AliasHit, text: string): Resolved {
  return { type: "claimants", claimants: [knownClaimant(hit.actor, text.replace(PAREN, ""))] };
}

function withText(r: Resolved, text: string): Resolved {
  if (r.type !== "claimants" || r.claimants.length !== 1) return r;
  return { ...r, claimants: [{ ...r.claimants[0]!, text }] };
}

function unknown(raw: string, plural: boolean): Resolved {
  const text = raw.replace(PAREN, "").trim();
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS || !/\p{L}/u.test(text)) return NONE;
  if (claimsLexicon().nonAgents.has(key(words[0]!)) || clause(text, [])) return NONE;
  return { type: "claimants", claimants: [unknownClaimant(text, text, plural)] };
}

/**
 * The claimant a phrase names. `hits` are the known names in `phrase` when
 * the caller has scanned them already (offsets in `phrase`).
 *
 * @example
 * resolvePhrase("juru bicara Pentagon Mayor Jenderal Pat Ryder")
 * //=> { type: "claimants", claimants: [{ id: "ryder", name: "Ryder",
 * //     text: "juru bicara Pentagon Mayor Jenderal Pat Ryder", kind: "person", known: true }] }
 * resolvePhrase("Baik Korea Utara maupun Rusia").claimants.map((c) => c.id)
 * //=> ["north-korea", "russia"]
 */
export function resolvePhrase(phrase: string, hits?: readonly AliasHit[]): Resolved {
  const { lo, hi, pointer, sourced, plural } = clean(phrase);
  const text = phrase.slice(lo, hi);
  if (text === "") return pointer && sourced ? { type: "pronoun", text: phrase.trim(), group: true } : NONE;
  const k = key(text);
  if (claimsLexicon().personPronouns.has(k)) return { type: "pronoun", text, group: false };
  if (claimsLexicon().groupPronouns.has(k)) return { type: "pronoun", text, group: true };
  if (claimsLexicon().nonAgents.has(k)) return NONE;

  const all = hits ?? scanAliases(phrase.slice(0, MAX_LENGTH));
  // "Dinas Intelijen Nasional (NIS) Korea Selatan": the acronym names the written-out name.
  const named = acronymHead(phrase, lo, all);
  if (named !== null) return withText(resolvePhrase(named), text.replace(PAREN, ""));
  const found = all
    .filter((h) => h.end > lo && h.start < hi)
    .map((h) => ({ ...h, start: Math.max(h.start, lo) - lo, end: Math.min(h.end, hi) - lo }));
  if (found.length === 0) return pointer ? (description(text) ?? unknown(text, plural)) : unknown(text, plural);
  // "agen intelijen Jepang, …": a role before a bare place name no body of the lexicon is.
  const lead = leadingRole(text, found[0]!);
  if (coordinated(text, found, lead === null ? 0 : found[0]!.start)) {
    const seen = new Set<string>();
    const claimants: Claimant[] = [];
    const first = lead === null ? found[0]! : { ...found[0]!, role: lead };
    for (const hit of found) {
      const claimant = hit === found[0] && lead === null ? null : roleOf(first, hit);
      const c = claimant ?? knownClaimant(hit.actor, found.length === 1 ? text.replace(PAREN, "") : hit.text);
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      claimants.push(c);
    }
    return { type: "claimants", claimants };
  }

  const end = headEnd(text, found);
  const head = found.filter((h) => h.end <= end);
  if (clause(text.slice(0, end), head)) return NONE;
  const person = head.filter((h) => h.actor.kind === "person").at(-1);
  if (person) return single(person, text);
  const title = claimsLexicon().spokesTitle.exec(text);
  const organisation = title ? head.find((h) => h.start === title[0].length && h.actor.kind !== "person") : undefined;
  if (organisation) return single(organisation, text);
  const first = head[0];
  if (first && first.start === 0) return single(first, text);
  const last = head.at(-1);
  if (last && text.slice(last.end, end).replace(PAREN, "").trim() === "" && apposed(text.slice(0, last.start), last)) {
    return single(last, text);
  }
  if (head.length === 0) {
    // "pejabat militer yang dikutip dalam media Korea Selatan": the clause names where it was quoted.
    if (quotedIn(text.slice(end))) {
      const named = unknown(text.slice(0, end), plural);
      return named.type === "claimants" ? { ...named, via: knownClaimant(found[0]!.actor, found[0]!.text) } : named;
    }
    return single(found[0]!, text);
  }
  return unknown(text.slice(0, end), plural);
}
