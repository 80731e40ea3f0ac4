/**
 * unified plugin: who published the article and whom it credits. Outlet,
 * dateline, author and editor come from the text (dateline, byline, footer
 * lines) or the URL; front matter wins over all of them. Credited sources
 * ("dikutip dari CNA", "kepada BBC") are found in every paragraph.
 */
import type { VFile } from "vfile";
import { findCredits } from "../../source/find-credits.ts";
import { findSource } from "../../source/find-source.ts";
import { isOutletName } from "../../source/outlets-lexicon.ts";
import { blocksOf, type ArticleRoot } from "../article-tree.ts";

export default function detectSource() {
  return (tree: ArticleRoot, file: VFile): void => {
    const fm = file.data.frontMatter ?? {};
    const paragraphs = blocksOf(tree, "paragraph");
    const found = findSource(
      paragraphs.map((p) => ({ text: p.value, line: p.position.start.line })),
      blocksOf(tree, "removed").map((r) => ({ text: r.value, rule: r.data.rule, line: r.position.start.line })),
      { url: fm.url ?? null },
    );
    const credits = paragraphs.flatMap((p) =>
      findCredits(p.value).map((c) => ({
        name: c.name,
        text: c.text,
        place: { line: p.position.start.line, column: c.index + 1, offset: p.position.start.offset! + c.index },
      })),
    );
    tree.data.dateLines = found.dateLines;
    tree.data.datelineLine = found.datelineEnd?.line ?? null;
    tree.data.source = {
      outlet: fm.outlet ?? found.outlet,
      outletBasis: fm.outlet ? "front-matter" : found.outletBasis,
      outletKnown: fm.outlet ? isOutletName(fm.outlet) : found.outletKnown,
      dateline: found.dateline,
      datelinePlace: found.datelinePlace,
      author: fm.author ?? found.author,
      editor: found.editor,
      url: fm.url ?? null,
      credits,
    };
  };
}
