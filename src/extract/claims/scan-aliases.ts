/**
 * Finds the known claimants named in a piece of text: every alias of
 * `claimants.yaml`, leftmost-longest and without overlaps. Plain aliases are
 * walked in a word trie (fast on any number of aliases); regex aliases, if
 * the lexicon has any, run as one alternation; the two are merged.
 */
import { claimsLexicon, type Actor, type PatternScanner, type PlainAlias } from "./compile-lexicon.ts";
import { once } from "../../lexicon/define-lexicon.ts";
import { compilePhrases, phrasesStartingAt } from "../../text/phrase-table.ts";
import { splitWords, type Words } from "../../text/tokenize.ts";

/** One named actor in the text. */
export interface AliasHit {
  actor: Actor;
  /** Offsets in the scanned text. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** For a role composed with a place name ("badan intelijen Seoul"): the role and the place actor's index. */
  role?: string;
  place?: number;
}

/** The plain aliases in one phrase table, built on first use. */
const aliasTable = once(() => compilePhrases(claimsLexicon().aliases.plain.map((alias) => [alias.words, alias] as const)));

/** True when the words from `i` keep the case the alias asks for. */
function caseKept(exact: readonly (string | null)[] | null, words: Words, i: number): boolean {
  return exact === null || exact.every((w, k) => w === null || w === words.raw[i + k]);
}

function walk(text: string, words: Words, out: AliasHit[]): void {
  for (let i = 0; i < words.lower.length; ) {
    let found: { alias: PlainAlias; last: number } | null = null;
    for (const { last, values } of phrasesStartingAt(aliasTable(), (j) => words.lower[j], i)) {
      const value = values.find((v) => caseKept(v.exact, words, i));
      if (value) {
        found = { alias: value, last };
        break;
      }
    }
    if (!found) {
      i++;
      continue;
    }
    const start = words.start[i]!;
    const end = words.end[found.last]!;
    const { actor, role, place } = found.alias;
    const hit: AliasHit = { actor: claimsLexicon().actors[actor]!, start, end, text: text.slice(start, end) };
    if (role !== null && place !== null) Object.assign(hit, { role, place });
    out.push(hit);
    i = found.last + 1;
  }
}

function patterns(text: string, scanner: PatternScanner | null, out: AliasHit[]): void {
  if (!scanner) return;
  const { regex, owner } = scanner;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const actor = claimsLexicon().actors[owner[group - 1] ?? -1];
    if (actor !== undefined) out.push({ actor, start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) regex.lastIndex++;
  }
}

/**
 * The known claimants named in `text`, in order: the earlier match wins,
 * then the longer. `words` may be passed when the text is already split.
 *
 * @example
 * scanAliases("Badan Intelijen Nasional Seoul dan AS").map((h) => h.actor.id)
 * //=> ["nis", "united-states"]
 */
export function scanAliases(text: string, words: Words = splitWords(text)): AliasHit[] {
  const hits: AliasHit[] = [];
  walk(text, words, hits);
  const plain = hits.length;
  patterns(text, claimsLexicon().aliases.folded, hits);
  patterns(text, claimsLexicon().aliases.exact, hits);
  if (hits.length === plain) return hits;
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: AliasHit[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.start < reach) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept;
}
