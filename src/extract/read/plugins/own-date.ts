/**
 * unified plugin: the publication date the article gives itself
 * (`ownDate`: front matter, date line, URL, citation, else an estimate),
 * before any other article is looked at.
 */
import type { VFile } from "vfile";
import { ownDate } from "../../published/own-date.ts";
import { needs, sentencesOf, type ArticleRoot } from "../article-tree.ts";

export default function dateItself() {
  return (tree: ArticleRoot, file: VFile): void => {
    const source = needs(tree.data.source, "own-date", "detect-source");
    const sentences = sentencesOf(tree);
    tree.data.ownDate = ownDate({
      frontMatter: file.data.frontMatter ?? {},
      dateLine: tree.data.dateLine ?? null,
      url: source.url,
      sentences: sentences.map((s) => ({ text: s.value, offset: s.position.start.offset! })),
      found: sentences.flatMap((s, sentence) => needs(s.data.dates, "own-date", "find-dates").map((expr) => ({ expr, sentence }))),
      creditOffsets: source.credits.map((c) => c.place.offset),
    });
  };
}
