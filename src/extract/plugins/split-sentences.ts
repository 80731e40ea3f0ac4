/**
 * unified plugin: splits every kept paragraph into sentences with
 * `Intl.Segmenter` (ICU's sentence rules handle quotes and post-posed
 * attribution: `"…," kata Ryder.` stays one sentence), then re-joins the
 * splits ICU makes after abbreviations listed in the lexicon.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { z } from "zod";
import { loadLexicon } from "../../lexicon/load-lexicon.ts";
import type { ArticleSentence } from "../data-map.ts";

const Abbreviations = z.object({ abbreviations: z.array(z.string().min(1)) });
const segmenter = new Intl.Segmenter("id", { granularity: "sentence" });
let abbreviationPattern: RegExp | undefined;

/** A sentence ending in one of these words is not finished ("Jl.", "dr."). */
function endsInAbbreviation(text: string): boolean {
  abbreviationPattern ??= new RegExp(
    `(?:^|[\\s(])(?:${loadLexicon("abbreviations", Abbreviations)
      .abbreviations.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|")})\\s*$`,
    "i",
  );
  return abbreviationPattern.test(text);
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
  for (const { segment, index } of segmenter.segment(text)) {
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

export default function splitSentences() {
  return (_tree: Root, file: VFile): void => {
    const sentences: ArticleSentence[] = [];
    (file.data.paragraphs ?? []).forEach((p, paragraph) => {
      for (const s of splitParagraph(p.text)) {
        sentences.push({ text: s.text, paragraph, line: p.line, column: s.index + 1, offset: p.offset + s.index });
      }
    });
    file.data.sentences = sentences;
  };
}
