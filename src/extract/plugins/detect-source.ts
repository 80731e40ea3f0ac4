/**
 * unified plugin: who published the article and whom it credits. Outlet,
 * dateline, author and editor come from the text (dateline, byline, footer
 * lines) or the URL; front matter wins over all of them. Credited sources
 * ("dikutip dari CNA", "kepada BBC") are found in every paragraph.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { findCredits } from "../source/find-credits.ts";
import { findSource } from "../source/find-source.ts";

export default function detectSource() {
  return (_tree: Root, file: VFile): void => {
    const fm = file.data.frontMatter ?? {};
    const paragraphs = file.data.paragraphs ?? [];
    const found = findSource(
      paragraphs.map((p) => ({ text: p.text, line: p.line })),
      file.data.removed ?? [],
      { url: fm.url ?? null },
    );
    const credits = paragraphs.flatMap((p) =>
      findCredits(p.text).map((c) => ({
        name: c.name,
        text: c.text,
        place: { line: p.line, column: c.index + 1, offset: p.offset + c.index },
      })),
    );
    file.data.dateLine = found.dateLine;
    file.data.source = {
      outlet: fm.outlet ?? found.outlet,
      outletBasis: fm.outlet ? "front-matter" : found.outletBasis,
      dateline: found.dateline,
      datelinePlace: found.datelinePlace,
      author: fm.author ?? found.author,
      editor: found.editor,
      url: fm.url ?? null,
      credits,
    };
  };
}
