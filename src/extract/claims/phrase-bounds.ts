/**
 * Cuts the claimant's phrase out of a sentence: the subject before a
 * reporting verb, or the phrase after a post-quote verb, a source marker or a
 * passive verb. Both look at a bounded window (claimant phrases are short), so
 * a 200,000-character sentence costs no more than a short one. Known names
 * (`hits`, scanned once per sentence) are never cut through.
 */
import { claimsLexicon } from "./compile-lexicon.ts";
import type { AliasHit } from "./scan-aliases.ts";

const WINDOW = 240;
/** A proper name: one to four capitalised words ("Valery Gerasimov"). */
const PROPER_NAME = /^\s*\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}\s*$/u;

/** A span of the sentence: [start, end). */
export type Span = [number, number];

function inside(hits: readonly AliasHit[], at: number): boolean {
  return hits.some((h) => h.start < at && at < h.end);
}

/** True when text[from, to) is exactly one known name (spaces aside). */
function oneName(text: string, from: number, to: number, hits: readonly AliasHit[]): boolean {
  const part = text.slice(from, to);
  const s = from + (part.length - part.trimStart().length);
  const e = to - (part.length - part.trimEnd().length);
  return hits.some((h) => h.start === s && h.end === e);
}

/** Boundaries of `re` in text[from, to) that do not fall inside a known name, as sentence offsets. */
function boundaries(re: RegExp, text: string, from: number, to: number, hits: readonly AliasHit[]): Span[] {
  const out: Span[] = [];
  const near = hits.filter((h) => h.end > from && h.start < to);
  const part = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (!inside(near, s) && !inside(near, e - 1)) out.push([s, e]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * Candidate subject spans for a verb starting at offset `verb`, best first:
 * the phrase after a report noun ("laporan dari X"), then the phrase after
 * the last boundary. Gap words between subject and verb ("juga", "belum"), a
 * relative "yang" and an inserted ", termasuk …," are skipped.
 *
 * @example
 * const text = "Pada Jumat (31/1), militer Ukraina juga mengungkap hal serupa";
 * subjectBefore(text, 39, scanAliases(text)).map(([s, e]) => text.slice(s, e))
 * //=> ["militer Ukraina"]
 */
export function subjectBefore(text: string, verb: number, hits: readonly AliasHit[]): Span[] {
  const from = Math.max(0, verb - WINDOW);
  let win = text.slice(from, verb);
  for (let round = 0; round < 8; round++) {
    const gap = claimsLexicon().gapAtEnd.exec(win);
    if (!gap) break;
    win = win.slice(0, gap.index);
  }
  win = win.trimEnd();
  const relative = /(?:^|[\s,])yang$/iu.exec(win);
  if (relative) {
    win = win.slice(0, relative.index).trimEnd().replace(/,$/u, "");
  } else if (win.endsWith(",")) {
    // "Beberapa negara Barat, termasuk AS dan Uni Eropa, telah mengutuk". With
    // no comma opening the insertion the verb has no subject of its own
    // ("…, bahkan mengklaim"): the clause before is someone else's. A person
    // or a proper name between the commas is the subject in apposition
    // ("Presiden Ukraina, Volodymyr Zelensky, mengumumkan").
    const open = win.lastIndexOf(",", win.length - 2);
    if (open <= 0) return [];
    const inserted = text.slice(from + open + 1, from + win.length - 1);
    const known = oneName(text, from + open + 1, from + win.length - 1, hits) && hits.some((h) => h.start > from + open && h.end < from + win.length && h.actor.kind === "person");
    const apposition = known || PROPER_NAME.test(inserted);
    win = apposition ? win.slice(0, -1) : win.slice(0, open);
  }
  const to = from + win.length;
  const cuts = boundaries(claimsLexicon().subjectBoundary, text, from, to, hits);
  let index = cuts.length - 1;
  let start = index >= 0 ? cuts[index]![1] : from;
  // "AS, Jepang, dan Korea Selatan mengecam": a list of names is one subject.
  // After ", dan …" the subject takes in each comma-separated known name.
  if (claimsLexicon().startsWithConnector.test(text.slice(start, to))) {
    while (index >= 0 && text[cuts[index]![0]] === ",") {
      const before = index > 0 ? cuts[index - 1]![1] : from;
      if (!oneName(text, before, cuts[index]![0], hits)) break;
      index--;
      start = before;
    }
  }
  while (start < to && /\s/u.test(text[start]!)) start++;
  if (start >= to) return [];
  const spans: Span[] = [];
  const phrase = text.slice(start, to);
  claimsLexicon().sourceAnywhere.lastIndex = 0;
  let source: RegExpExecArray | null = null;
  for (let m = claimsLexicon().sourceAnywhere.exec(phrase); m !== null; m = claimsLexicon().sourceAnywhere.exec(phrase)) source = m;
  if (source && source.index > 0 && !inside(hits, start + source.index)) {
    spans.push([start + source.index + source[0].length, to]);
  }
  spans.push([start, to]);
  return spans;
}

/** True when offset `at` is a parenthesis around exactly one known name ("(NIS)"). */
function acronymParen(text: string, at: number, hits: readonly AliasHit[]): boolean {
  if (text[at] === "(") return hits.some((h) => h.start === at + 1 && text[h.end] === ")");
  return text[at] === ")" && hits.some((h) => h.end === at && text[h.start - 1] === "(");
}

/**
 * The phrase right after offset `from` (a post-quote verb, "menurut", a
 * passive verb, "kepada"), up to the first boundary outside a known name.
 *
 * @example
 * const text = '"…," kata NIS dalam pernyataan yang dikutip oleh Yonhap.';
 * const [s, e] = objectAfter(text, 9, scanAliases(text));
 * text.slice(s, e) //=> "NIS"
 */
export function objectAfter(text: string, from: number, hits: readonly AliasHit[]): Span {
  const win = text.slice(from, from + WINDOW);
  const lead = /^\s*/u.exec(win)![0].length;
  const source = claimsLexicon().sourceAtStart.exec(win.slice(lead));
  const body = from + lead + (source ? source[0].length : 0);
  const to = from + win.length;
  // A boundary right after a report noun ("menurut laporan, …") leaves no name.
  // "Dinas Intelijen Nasional (NIS) Korea Selatan": a known name in parentheses cuts nothing.
  const cut = boundaries(claimsLexicon().objectBoundary, text, body, to, hits).find(
    ([s]) => (s > body || (source !== null && s === body)) && !acronymParen(text, s, hits),
  );
  let end = cut ? cut[0] : to;
  while (end > from + lead && /\s/u.test(text[end - 1]!)) end--;
  return [from + lead, end];
}
