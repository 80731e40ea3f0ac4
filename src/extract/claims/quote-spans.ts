/**
 * Where a sentence quotes someone: the spans between quotation marks,
 * following a quotation that opened in an earlier sentence of the paragraph.
 */

/** The quoted spans of a sentence and the quotation state at its edges. */
export interface QuoteSpans {
  /** [start, end) offsets of quoted text, marks included. */
  spans: [number, number][];
  /** The sentence begins with a quotation mark or inside an open quotation. */
  startsQuoted: boolean;
  /** A quotation is still open at the end of the sentence. */
  endsInQuote: boolean;
}

/**
 * Straight quotes (") toggle; curly ones open (“ „) and close (”).
 *
 * @example
 * quoteSpans('"Kami siap," kata dia.', false)
 * //=> { spans: [[0, 12]], startsQuoted: true, endsInQuote: false }
 */
export function quoteSpans(text: string, startsInQuote: boolean): QuoteSpans {
  const spans: [number, number][] = [];
  let open = startsInQuote ? 0 : -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // " (0x22), “ (0x201c), ” (0x201d), „ (0x201e)
    if (c !== 0x22 && c !== 0x201c && c !== 0x201d && c !== 0x201e) continue;
    const closes = c === 0x201d || (c === 0x22 && open >= 0);
    if (closes && open >= 0) {
      spans.push([open, i + 1]);
      open = -1;
    } else if (!closes && open < 0) {
      open = i;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  const first = text.trimStart().charCodeAt(0);
  return {
    spans,
    startsQuoted: startsInQuote || first === 0x22 || first === 0x201c || first === 0x201e,
    endsInQuote: open >= 0,
  };
}
