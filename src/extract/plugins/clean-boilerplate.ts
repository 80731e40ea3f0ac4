/**
 * unified plugin: drops boilerplate lines (rules in
 * `src/lexicon/boilerplate.yaml`), keeping each dropped line with its rule on
 * `file.data.removed`; finds the headline and subheadings. The tree keeps only
 * the article's own paragraphs.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { cleanLines } from "../clean/clean-lines.ts";

export default function cleanBoilerplate() {
  return (tree: Root, file: VFile): void => {
    const lines = file.data.lines ?? [];
    const offsets = new Map(lines.map((l) => [l.line, l.offset]));
    const result = cleanLines(
      lines.map((l) => ({ text: l.text, line: l.line })),
      { title: file.data.frontMatter?.title ?? null },
    );
    const subheadings = new Set(result.subheadings);
    file.data.removed = result.removed;
    file.data.headline = result.headline;
    file.data.paragraphs = result.kept.map((k, i) => ({
      text: k.text,
      kind: subheadings.has(i) ? "subheading" : "paragraph",
      line: k.line,
      offset: offsets.get(k.line) ?? 0,
    }));
    const keptLines = new Set(result.kept.map((k) => k.line));
    tree.children = tree.children.filter((node) => keptLines.has(node.position?.start.line ?? -1));
  };
}
