/**
 * unified plugin: the agencies and outlets each sentence's statement came
 * through, and the article's own credit (`articleRelays`). They depend only
 * on the article, so they are read once and kept with the reading; placing
 * turns them into each claim's chain.
 */
import { articleRelays } from "../../provenance/article-relays.ts";
import { blocksOf, needs, type ArticleRoot } from "../article-tree.ts";

export default function findRelays() {
  return (tree: ArticleRoot): void => {
    const step = "find-relays";
    const source = needs(tree.data.source, step, "detect-source");
    const sentences = blocksOf(tree, "paragraph").flatMap((p, paragraph) =>
      p.children.map((s) => ({
        text: s.value,
        paragraph,
        offset: s.position.start.offset!,
        attribution: needs(s.data.attribution, step, "attribute-claims"),
        dates: needs(s.data.dates, step, "find-dates"),
      })),
    );
    tree.data.relays = articleRelays(
      sentences,
      source.credits.map((c) => ({ name: c.name, text: c.text, offset: c.place.offset })),
      { dateline: source.dateline },
    );
  };
}
