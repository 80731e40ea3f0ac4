/**
 * unified plugin: turns the markdown tree of a plain-text article into one
 * `line` node per non-empty source line, keeping every character as written
 * (markdown syntax in an article is text, never markup).
 */
import type { Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { positionOn, type ArticleRoot, type LineNode } from "../article-tree.ts";

/** Split the source range of a block into its non-empty lines. */
function linesOf(node: RootContent, source: string, lineStarts: number[]): LineNode[] {
  const start = node.position?.start.line ?? 1;
  const end = node.position?.end.line ?? start;
  const out: LineNode[] = [];
  for (let line = start; line <= end; line++) {
    const offset = lineStarts[line - 1] ?? 0;
    const next = lineStarts[line] ?? source.length + 1;
    const text = source.slice(offset, next - 1);
    if (text.trim() !== "") out.push({ type: "line", value: text, position: positionOn(line, 1, offset, text.length) });
  }
  return out;
}

/**
 * @example
 * unified().use(remarkParse).use(plainTextSyntax).use(articleLines)
 * // "Jakarta - Satu.\nDua.\n\n# Tiga" → line nodes "Jakarta - Satu.", "Dua.", "# Tiga"
 */
export default function articleLines() {
  return (tree: Root, file: VFile): ArticleRoot => {
    const source = String(file.value);
    const lineStarts = [0];
    for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    return { type: "root", children: tree.children.flatMap((node) => linesOf(node, source, lineStarts)), data: {} };
  };
}
