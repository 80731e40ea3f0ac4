/**
 * Where an article's own text opens: the sentence after its dateline (the
 * "dateline sentence" whose weekday date is the day of its news), and a
 * line the body surely runs on, which divides the page's header (stamps,
 * headline) from its body (teasers and sidebars with other stories' dates).
 */

/** A paragraph as the opening is looked for in. */
export interface ParagraphRef {
  text: string;
  line: number;
}

/** Prose: a dozen words or more, ending as a sentence ends. */
const PROSE = { minWords: 12, end: /[.!?"”’)]\s*$/u };

/**
 * Index of the sentence that opens with the dateline ("Liputan6.com, Seoul -
 * …"), else 0.
 *
 * @example
 * leadSentence([{ text: "Berita Terkini" }, { text: "Jakarta - Harga beras naik." }], "Jakarta -") //=> 1
 */
export function leadSentence(sentences: readonly { text: string }[], dateline: string | null): number {
  if (!dateline) return 0;
  const at = sentences.findIndex((s) => s.text.trimStart().startsWith(dateline));
  return at < 0 ? 0 : at;
}

/**
 * The line where the article's body surely runs: the dateline's, else the
 * second paragraph of prose (a header may hold one, the summary under the
 * headline); null when there is no such line.
 *
 * @example
 * openingLine([{ text: "Home / Berita", line: 1 }, { text: PROSE_1, line: 4 }, { text: PROSE_2, line: 6 }], null) //=> 6
 * openingLine(paragraphs, 9) //=> 9 (the dateline's line)
 */
export function openingLine(paragraphs: readonly ParagraphRef[], datelineLine: number | null): number | null {
  if (datelineLine !== null) return datelineLine;
  const prose = paragraphs.filter((p) => p.text.split(/\s+/u).length >= PROSE.minWords && PROSE.end.test(p.text));
  return prose[1]?.line ?? null;
}
