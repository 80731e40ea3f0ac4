/**
 * Reads the longest number written at a token: digits, words or both
 * ("10.000", "2,5 juta", "sepuluh ribu", "11 ribu", "10rb", "400 ribuan",
 * "1.000-an").
 */
import { numberValue, START, stepApprox, stepNumber, stepWord, type NumberState } from "./compose-number.ts";
import { numbersLexicon } from "./numbers-lexicon.ts";
import { readNumeral } from "./read-numeral.ts";
import { spacedFromPrevious, type Token } from "./tokenize.ts";

/** A number read from the tokens of a sentence. */
export interface NumberPhrase {
  /** Index of the first and last token read. */
  first: number;
  last: number;
  /** Offset just past the number's text. */
  end: number;
  value: number;
  /** The large scale the number ends with ("ribu" → 1000), or null. */
  scale: number | null;
  /** True for an "-an" form ("400 ribuan", "1.000-an"): about the value. */
  approx: boolean;
  /** True when written in words only ("tiga", "seribu"). */
  wordsOnly: boolean;
}

function scaleWord(token: Token | undefined): number | null {
  if (token === undefined || token.num) return null;
  const large = numbersLexicon().large.get(token.lower);
  if (large !== undefined) return large;
  const approx = numbersLexicon().approxScales.get(token.lower);
  return approx !== undefined && approx.kind === "large" ? approx.factor : null;
}

function adjacent(sentence: string, tokens: readonly Token[], k: number): "glued" | "spaced" | null {
  const prev = tokens[k - 1];
  const cur = tokens[k];
  if (prev === undefined || cur === undefined) return null;
  if (prev.end === cur.index) return prev.num && !cur.num ? "glued" : null;
  return spacedFromPrevious(sentence, tokens, k) ? "spaced" : null;
}

function step(
  sentence: string,
  tokens: readonly Token[],
  k: number,
  s: NumberState,
  glued: boolean,
): NumberState | null {
  const t = tokens[k];
  if (t === undefined) return null;
  if (t.num) {
    const next = tokens[k + 1];
    const scaled = next !== undefined && adjacent(sentence, tokens, k + 1) !== null && scaleWord(next) !== null;
    const v = readNumeral(t.text, scaled);
    return v === null ? null : stepNumber(s, { kind: "numeral", value: v });
  }
  const steps = numbersLexicon().words.get(t.lower);
  if (steps !== undefined) return stepWord(s, steps);
  const approx = numbersLexicon().approxScales.get(t.lower);
  if (approx !== undefined) return stepApprox(s, approx);
  // "400an": the suffix glued to digits.
  if (glued && t.lower === numbersLexicon().approxSuffix && s.steps > 0) return { ...s, approx: true };
  return null;
}

const HYPHEN_SUFFIX_END = /^[^\p{L}\p{N}]|^$/u;

/**
 * Read the number starting at token `i`, or null when no number starts
 * there (or the numeral is a date, time or code).
 *
 * @example
 * const s = "sekitar 2,5 juta orang";
 * const p = readNumberPhrase(s, tokenize(s), 1);
 * [p?.value, s.slice(s.indexOf("2,5"), p?.end)];
 * //=> [2500000, "2,5 juta"]
 */
export function readNumberPhrase(sentence: string, tokens: readonly Token[], i: number): NumberPhrase | null {
  let s: NumberState = START;
  let last = -1;
  for (let k = i; k < tokens.length; k++) {
    const how = k === i ? "spaced" : adjacent(sentence, tokens, k);
    if (how === null) break;
    const next = step(sentence, tokens, k, s, how === "glued");
    if (next === null) break;
    s = next;
    last = k;
    if (s.approx) break;
  }
  const lastToken = tokens[last];
  const value = numberValue(s);
  if (lastToken === undefined || value === null) return null;
  const scale = s.group === 0 && s.pending === null && Number.isFinite(s.largeFloor) ? s.largeFloor : null;
  let end = lastToken.end;
  let approx = s.approx;
  // "1.000-an": a hyphen and the suffix after the number.
  const after = tokens[last + 1];
  if (!approx && after !== undefined && after.lower === numbersLexicon().approxSuffix && after.index === end + 1) {
    if (sentence[end] === "-" && HYPHEN_SUFFIX_END.test(sentence.slice(after.end, after.end + 1))) {
      approx = true;
      end = after.end;
      last += 1;
    }
  }
  return { first: i, last, end, value, scale, approx, wordsOnly: s.wordsOnly };
}
