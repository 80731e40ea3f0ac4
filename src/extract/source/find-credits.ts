/**
 * Finds the media an article credits in a sentence: a marker from
 * `src/lexicon/credits.yaml` ("seperti dikutip dari", "dilansir", "kepada"),
 * optional descriptor words ("kantor berita"), then a name. A name is a run
 * of capitalised words (lowercase connectors such as "of" allowed inside); it
 * ends at a comma, a period, a bracket, a weekday or month, or a lowercase
 * word. A known medium gives its canonical name; after a strong marker an
 * unknown name is returned as written; after a weak one it is ignored.
 */
import { loadCredits, mediaKey, type Credits } from "./credits-lexicon.ts";

export interface FoundCredit {
  /** Canonical name of the medium, or the name as written. */
  name: string;
  /** The words that credit it, from the marker to the end of the name. */
  text: string;
  /** Offset of `text` in the sentence. */
  index: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.&'’+-]{0,60}/uy;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DOMAIN = /\.(?:com|co\.id|id|net|org|tv)$/i;
const MAX_TOKENS = 7;

interface Token {
  text: string;
  end: number;
}

function isCapital(t: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(t);
}

/** Tokens of a name starting at `at`, or [] when none starts there. */
function readName(s: string, at: number, lex: Credits): Token[] {
  const out: Token[] = [];
  let i = at;
  while (out.length < MAX_TOKENS) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(s);
    if (m === null) break;
    const raw = m[0];
    const text = raw.replace(/[.'’-]+$/, "");
    const known1 = lex.known.has(mediaKey(text));
    const ok =
      out.length === 0
        ? (isCapital(text) && !lex.stopWords.has(text.toLowerCase())) || known1 || DOMAIN.test(text)
        : (isCapital(text) && !lex.stopWords.has(text.toLowerCase())) || lex.connectors.has(text);
    if (!ok) break;
    out.push({ text, end: m.index + text.length });
    if (text !== raw || s.charAt(m.index + raw.length) !== " ") break;
    i = m.index + raw.length + 1;
  }
  while (out.length > 0 && lex.connectors.has(out[out.length - 1]!.text)) out.pop();
  return out;
}

/** The longest known name at the start of `tokens`: canonical name and token count. */
function knownPrefix(tokens: readonly Token[], lex: Credits): { name: string; count: number } | null {
  for (let n = Math.min(tokens.length, lex.maxKnownTokens); n >= 1; n--) {
    const name = lex.known.get(mediaKey(tokens.slice(0, n).map((t) => t.text).join(" ")));
    if (name !== undefined) return { name, count: n };
  }
  return null;
}

/**
 * The sources credited in a sentence, in order. Never throws.
 *
 * @example
 * findCredits('"Tiga tentara hilang," kata GUR, seperti dikutip dari The Guardian, Selasa (17/12).')
 * //=> [{ name: "The Guardian", text: "seperti dikutip dari The Guardian", index: 33 }]
 */
export function findCredits(sentence: string): FoundCredit[] {
  const s = String(sentence ?? "");
  const lex = loadCredits();
  const out: FoundCredit[] = [];
  const re = lex.markerRegex;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0] === "" || WORD_CHAR.test(s.charAt(m.index - 1)) || WORD_CHAR.test(s.charAt(m.index + m[0].length))) {
      re.lastIndex = m.index + 1; // not a whole word: look again one character on
      continue;
    }
    const markerIndex = m.slice(1).findIndex((g) => g !== undefined);
    const strong = lex.markers[markerIndex]?.strength === "strong";
    let at = m.index + m[0].length;
    while (s.charAt(at) === " ") at++;
    for (let k = 0; k < 3; k++) {
      lex.descriptor.lastIndex = at;
      const d = lex.descriptor.exec(s);
      if (d === null) break;
      at = d.index + d[0].length;
    }
    const tokens = readName(s, at, lex);
    if (tokens.length === 0) continue;
    const known = knownPrefix(tokens, lex);
    if (known === null && !strong) continue;
    const last = tokens[(known?.count ?? tokens.length) - 1]!;
    const name = known?.name ?? tokens.map((t) => t.text).join(" ");
    out.push({ name, text: s.slice(m.index, last.end), index: m.index });
    re.lastIndex = Math.max(re.lastIndex, last.end);
  }
  return out;
}
