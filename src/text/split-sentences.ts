/**
 * Sentences of a paragraph, with `Intl.Segmenter` (ICU's sentence rules
 * handle quotes and post-posed attribution: `"…," kata Ryder.` stays one
 * sentence), re-joining the splits ICU makes after abbreviations listed in
 * the lexicon.
 */
import { z } from "zod";
import { defineLexicon } from "../lexicon/define-lexicon.ts";
import { alternation } from "./alternation.ts";
import { escapeRegExp } from "./escape-regexp.ts";

const Abbreviations = z.object({ abbreviations: z.array(z.string().min(1)) });
const segmenter = new Intl.Segmenter("id", { granularity: "sentence" });
/** The abbreviations as one pattern anchored at the end, and the length of the longest plus the space or "(" before it. */
const abbreviations = defineLexicon("abbreviations", Abbreviations, ({ abbreviations: list }) => ({
  pattern: new RegExp(`(?:^|[\\s(])${alternation(list, escapeRegExp)}$`, "i"),
  window: Math.max(...list.map((a) => a.length)) + 1,
}));

/** A sentence ending in one of these words is not finished ("Jl.", "dr."). */
function endsInAbbreviation(text: string): boolean {
  const { pattern, window } = abbreviations();
  // Only the end can hold the abbreviation: testing the whole, growing text
  // after every join is quadratic on a long line ("Dr. Dr. Dr. …"). The window
  // is one character longer than any abbreviation, so "^" inside it can only
  // match at the true start of the text.
  const end = text.trimEnd();
  return pattern.test(end.length > window ? end.slice(-window) : end);
}

/**
 * Longest stretch of a paragraph handed to the segmenter at once: V8's
 * sentence segmenter slows down with the square of a string's sentence count
 * (50,000 short "sentences" on one line take half a minute), so a long
 * paragraph is segmented window by window.
 */
const WINDOW = 2048;
/** A break this close to a window's end may depend on text past it, so it is decided again in the next window. */
const MARGIN = 256;

/** Where to end a window that does not reach the paragraph's end: after a space if one is near, never inside a surrogate pair. */
function windowEnd(text: string, end: number): number {
  const space = text.slice(end - MARGIN, end).search(/\s\S*$/u);
  if (space >= 0) return end - MARGIN + space + 1;
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/** The segmenter's sentences of `text` with their offsets, in windows of at most WINDOW characters. */
function segmentsOf(text: string): { segment: string; index: number }[] {
  if (text.length <= WINDOW) return [...segmenter.segment(text)];
  const out: { segment: string; index: number }[] = [];
  let start = 0;
  while (start < text.length) {
    const last = start + WINDOW >= text.length;
    const end = last ? text.length : windowEnd(text, start + WINDOW);
    let next = end;
    for (const { segment, index } of segmenter.segment(text.slice(start, end))) {
      const at = start + index;
      if (!last && at > start && at + segment.length > end - MARGIN) {
        next = at;
        break;
      }
      out.push({ segment, index: at });
    }
    start = next;
  }
  return out;
}

/**
 * Split one paragraph into sentences with their offsets in the paragraph.
 *
 * @example
 * splitParagraph('"Kami siap," kata Ryder. Dr. Kim datang.')
 * //=> [{ text: '"Kami siap," kata Ryder.', index: 0 }, { text: "Dr. Kim datang.", index: 25 }]
 */
export function splitParagraph(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (const { segment, index } of segmentsOf(text)) {
    const trimmed = segment.trimEnd();
    if (trimmed.trim() === "") continue;
    const lead = trimmed.length - trimmed.trimStart().length;
    const last = out.at(-1);
    if (last && endsInAbbreviation(last.text)) {
      last.text = text.slice(last.index, index + trimmed.length);
      continue;
    }
    out.push({ text: trimmed.trimStart(), index: index + lead });
  }
  return out;
}
