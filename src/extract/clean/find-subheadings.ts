/**
 * Finds subheadings inside an article body: short, title-cased lines without
 * a sentence-final period that stand between two paragraphs (Liputan6's
 * "Klaim Rusia soal Kemajuan yang Stabil"). Thresholds are in the `shapes`
 * section of `src/lexicon/boilerplate.yaml`.
 */
import { loadBoilerplate } from "./boilerplate-lexicon.ts";
import type { Line } from "./line.ts";
import { looksLikeTitle, titleCaseRatio, wordCount } from "./text-shape.ts";

/**
 * Indexes into `kept` of the lines that are subheadings. The first and the
 * last line never are: a subheading has a paragraph before and after it.
 *
 * @example
 * findSubheadings([
 *   { text: "Juru bicara Kremlin mengalihkan pertanyaan itu.", line: 8 },
 *   { text: "Klaim Rusia soal Kemajuan yang Stabil", line: 9 },
 *   { text: "Pemimpin Korea Utara Kim Jong Un berjanji akan memberikan dukungan.", line: 10 },
 * ]) //=> [1]
 */
export function findSubheadings(kept: readonly Line[]): number[] {
  const { shapes } = loadBoilerplate();
  const out: number[] = [];
  for (let i = 1; i < kept.length - 1; i++) {
    const text = String(kept[i]!.text ?? "");
    if (!looksLikeTitle(text, shapes)) continue;
    if (wordCount(text) > shapes.subheadingMaxWords) continue;
    if (titleCaseRatio(text, shapes) < shapes.minTitleCaseRatio) continue;
    out.push(i);
  }
  return out;
}
