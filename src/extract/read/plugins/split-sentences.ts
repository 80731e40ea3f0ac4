/**
 * unified plugin: splits every paragraph into sentence nodes
 * (`splitParagraph`), each with its place in the file.
 */
import { splitParagraph } from "../../../text/split-sentences.ts";
import { blocksOf, positionOn, type ArticleRoot } from "../article-tree.ts";

export default function splitSentences() {
  return (tree: ArticleRoot): void => {
    for (const p of blocksOf(tree, "paragraph")) {
      const { line, column, offset } = p.position.start;
      p.children = splitParagraph(p.value).map((s) => ({
        type: "sentence",
        value: s.text,
        position: positionOn(line, column + s.index, offset! + s.index, s.text.length),
        data: {},
      }));
    }
  };
}
