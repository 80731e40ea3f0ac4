/**
 * unified plugin: turns the markdown tree of a plain-text article into one
 * paragraph per non-empty source line, keeping every character as written
 * (markdown syntax in an article is text, never markup), and records the lines
 * on `file.data.lines`.
 */
import type { Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import type { ArticleLine } from "../data-map.ts";

/** Split the source range of a block into its non-empty lines. */
function linesOf(node: RootContent, source: string, lineStarts: number[]): ArticleLine[] {
  const start = node.position?.start.line ?? 1;
  const end = node.position?.end.line ?? start;
  const out: ArticleLine[] = [];
  for (let line = start; line <= end; line++) {
    const offset = lineStarts[line - 1] ?? 0;
    const next = lineStarts[line] ?? source.length + 1;
    const text = source.slice(offset, next - 1);
    if (text.trim() !== "") out.push({ text, line, offset, block: node.type });
  }
  return out;
}

/**
 * @example
 * unified().use(remarkParse).use(articleLines)
 * // "Jakarta - Satu.\nDua.\n\n# Tiga" → lines "Jakarta - Satu.", "Dua.", "# Tiga"
 */
export default function articleLines() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    const lineStarts = [0];
    for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    const lines = tree.children.flatMap((node) => linesOf(node, source, lineStarts));
    file.data.lines = lines;
    tree.children = lines.map((l) => ({
      type: "paragraph",
      children: [{ type: "text", value: l.text }],
      position: {
        start: { line: l.line, column: 1, offset: l.offset },
        end: { line: l.line, column: l.text.length + 1, offset: l.offset + l.text.length },
      },
    }));
  };
}
