/**
 * unified plugin: sorts the article's lines into the headline, the
 * article's paragraphs (and subheadings) and removed lines, each removed line
 * with the boilerplate rule that dropped it (rules in
 * `src/lexicon/boilerplate.yaml`, applied by `cleanLines`).
 */
import type { VFile } from "vfile";
import { cleanLines } from "../../clean/clean-lines.ts";
import { blocksOf, needs, positionOn, type ArticleRoot, type BlockNode } from "../article-tree.ts";

/** Headline first, then paragraphs, then removed text, among the blocks of one line. */
const RANK: Record<BlockNode["type"], number> = { line: 0, headline: 1, paragraph: 2, removed: 3 };

/**
 * @example
 * // lines "Korsel Sebut Korea Utara Tambah Pasukan", "Advertisement", "Seoul: Korea Utara mengirim …"
 * // → headline, removed (rule ad-marker), paragraph
 */
export default function cleanBoilerplate() {
  return (tree: ArticleRoot, file: VFile): void => {
    const lines = blocksOf(tree, "line");
    if (lines.length === 0 && tree.children.length > 0) needs(undefined, "clean-boilerplate", "article-lines");
    const byLine = new Map(lines.map((l) => [l.position.start.line, l]));
    const at = (line: number): { text: string; offset: number } => {
      const node = byLine.get(line);
      return { text: node?.value ?? "", offset: node?.position.start.offset ?? 0 };
    };
    const result = cleanLines(
      lines.map((l) => ({ text: l.value, line: l.position.start.line })),
      { title: file.data.frontMatter?.title ?? null },
    );
    const subheadings = new Set(result.subheadings);
    const blocks: BlockNode[] = [];
    if (result.headline) {
      const { offset } = at(result.headline.line);
      blocks.push({ type: "headline", value: result.headline.text, position: positionOn(result.headline.line, 1, offset, result.headline.text.length), data: {} });
    }
    result.kept.forEach((k, i) => {
      const { offset } = at(k.line);
      blocks.push({ type: "paragraph", value: k.text, kind: subheadings.has(i) ? "subheading" : "paragraph", position: positionOn(k.line, 1, offset, k.text.length), children: [] });
    });
    for (const r of result.removed) {
      const line = at(r.line);
      const column = Math.max(0, line.text.indexOf(r.text));
      blocks.push({ type: "removed", value: r.text, position: positionOn(r.line, column + 1, line.offset + column, r.text.length), data: { rule: r.rule } });
    }
    tree.children = blocks.sort((a, b) => a.position.start.line - b.position.start.line || RANK[a.type] - RANK[b.type]);
  };
}
