/**
 * Finds the dateline at the start of an article body ("Liputan6.com, Seoul -",
 * "Jakarta (ANTARA) –", "Seoul:") and where the body text begins after it.
 *
 * The dateline runs from the start of the line to the first dash (` - `, ` – `,
 * ` — `, `--`, `- `) or colon (`: `) within `maxHeadLength` characters. What
 * stands before it is an outlet brand from `src/lexicon/outlets.yaml` (or an
 * unknown brand shaped like a domain, "GELORA.CO") plus an optional place, or
 * a place alone ("JAKARTA -", detik's "Jakarta -", Medcom's "Seoul:"). A
 * place is one to four capitalised words (lowercase particles such as "de"
 * allowed between them), optionally ", Country"; before a colon, at most two
 * words followed by a capitalised body, so that "Presiden Zelensky: kami"
 * is no dateline. Liputan6
 * sometimes leaves out the dash ("Liputan6.com, Jakarta Bos televisi ..."):
 * then the place is a known multi-word place or one word.
 */
import type { Line } from "../clean/line.ts";
import { normalizeSpaces } from "../clean/text-shape.ts";
import { loadOutlets, type Outlets } from "./outlets-lexicon.ts";
import { findSeparator, type Separator } from "./dateline-separator.ts";

export interface Dateline {
  /** The dateline as written, with its dash or colon ("Liputan6.com, Seoul -"). */
  text: string;
  place: string | null;
  /** Canonical outlet name, or null for a place-only dateline. */
  outlet: string | null;
  /** Where the body starts: the kept line's number and the offset in its text. */
  end: { line: number; offset: number };
}

const WORD = "\\p{Lu}[\\p{L}'’.-]*";
// A later word of a place may follow a lowercase particle ("Rio de Janeiro").
const NEXT = `(?: (?:de |da |del |al |el |van |von |la |le )?${WORD})`;
const PLACE = new RegExp(`^${WORD}${NEXT}{0,3}(?:, ?${WORD}${NEXT}{0,2})?$`, "u");
const EDGE = /^[\s,.]+|[\s,.]+$/g;

interface Brand {
  outlet: string;
  start: number;
  end: number;
}

function findBrand(head: string, lex: Outlets): Brand | null {
  let best: Brand | null = null;
  for (const o of lex.anyBrand.test(head) ? lex.outlets : []) {
    for (const re of o.brandRegexes) {
      const m = re.exec(head);
      if (m === null) continue;
      const b = { outlet: o.name, start: m.index, end: m.index + m[0].length };
      if (best === null || b.start < best.start || (b.start === best.start && b.end > best.end)) best = b;
    }
  }
  if (best !== null) return best;
  const d = lex.domainBrand.exec(head);
  return d === null ? null : { outlet: d[0], start: d.index, end: d.index + d[0].length };
}

function placeOf(text: string, lex: Outlets, maxWords: number): string | null {
  const t = text.replace(EDGE, "").replace(/\s+/g, " ");
  if (t === "" || !PLACE.test(t) || lex.notPlaces.has(t.toLowerCase())) return null;
  const words = t.split(/[ ,]+/);
  if (words.length > maxWords || words.some((w) => lex.notPlaces.has(w.toLowerCase()))) return null;
  return t;
}

/** Read "<brand>, <place> <place>" / "<place>, <brand>" / "<place>" before a separator. */
function readHead(s: string, from: number, sep: Separator, lex: Outlets) {
  const head = s.slice(from, sep.index);
  const brand = findBrand(head, lex);
  if (brand === null) {
    const place = placeOf(head, lex, sep.colon ? 2 : 4);
    if (place === null || (sep.colon && !/^\p{Lu}/u.test(s.slice(sep.end)))) return null;
    return { outlet: null, place, end: sep };
  }
  const rest = head.slice(0, brand.start) + " " + head.slice(brand.end);
  if (rest.replace(EDGE, "") === "") {
    // "jpnn.com - JAKARTA -": a brand alone may be followed by a place and a second dash.
    const next = sep.colon ? null : findSeparator(s, sep.end, 40);
    const place = next === null || next.colon ? null : placeOf(s.slice(sep.end, next.index), lex, 4);
    return place === null ? { outlet: brand.outlet, place: null, end: sep } : { outlet: brand.outlet, place, end: next! };
  }
  const place = placeOf(rest, lex, 6);
  return place === null ? null : { outlet: brand.outlet, place, end: sep };
}

/** "Liputan6.com, Jakarta Bos televisi ..." (no dash): brand, comma, place, body. */
function readDashless(s: string, from: number, lex: Outlets): Dateline | null {
  const head = s.slice(from, from + lex.maxHeadLength);
  const brand = findBrand(head, lex);
  if (brand === null || brand.start !== 0) return null;
  const comma = /^\s*,\s*/.exec(head.slice(brand.end));
  if (comma === null) return null;
  const at = brand.end + comma[0].length;
  const tail = head.slice(at);
  const lower = tail.toLowerCase();
  const multi = lex.multiWordPlaces.find((p) => lower.startsWith(p) && /^(?:\s|$)/.test(tail.slice(p.length)));
  const word = multi === undefined ? /^\p{Lu}[\p{L}'’.-]*(?=\s)/u.exec(tail)?.[0] : tail.slice(0, multi.length);
  if (word === undefined || placeOf(word, lex, 4) === null) return null;
  const stop = from + at + word.length;
  const offset = stop + (/^\s*/.exec(s.slice(stop, stop + 20))?.[0].length ?? 0);
  return { text: s.slice(from, stop), place: word, outlet: brand.outlet, end: { line: 0, offset } };
}

function readLine(text: string, first: boolean, lex: Outlets): Dateline | null {
  const s = normalizeSpaces(text.slice(0, lex.maxHeadLength * 2));
  const from = s.length - s.trimStart().length;
  const sep = findSeparator(s, from, lex.maxHeadLength);
  const got = sep === null ? null : readHead(s, from, sep, lex);
  if (got !== null && (got.outlet !== null || first)) {
    return {
      text: s.slice(from, got.end.stop).trim(),
      place: got.place,
      outlet: got.outlet,
      end: { line: 0, offset: got.end.end },
    };
  }
  return readDashless(s, from, lex);
}

/**
 * The dateline of the body, or null. Brand datelines are looked for in the
 * first `searchLines` kept lines, place-only ones in the first line only.
 *
 * @example
 * findDateline([{ text: "Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan.", line: 1 }])
 * //=> { text: "Liputan6.com, Seoul -", place: "Seoul", outlet: "Liputan6.com", end: { line: 1, offset: 22 } }
 */
export function findDateline(kept: readonly Line[]): Dateline | null {
  const lex = loadOutlets();
  const n = Math.min(kept.length, lex.searchLines);
  for (let i = 0; i < n; i++) {
    const line = kept[i]!;
    const d = readLine(String(line.text ?? ""), i === 0, lex);
    if (d !== null) return { ...d, end: { line: line.line, offset: d.end.offset } };
  }
  return null;
}
