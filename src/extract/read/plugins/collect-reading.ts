/**
 * unified plugin, the last of reading: gathers what the steps left on the
 * tree into the article's reading, the one result on `file.data`.
 */
import type { VFile } from "vfile";
import type { Place } from "../../../schema/entry.ts";
import { loadBoilerplate } from "../../clean/boilerplate-lexicon.ts";
import { blocksOf, needs, type ArticleRoot } from "../article-tree.ts";
import type { Reading } from "../reading.ts";

const placeOf = (position: { start: { line: number; column: number; offset?: number } }): Place => ({
  line: position.start.line,
  column: position.start.column,
  offset: position.start.offset ?? 0,
});

export default function collectReading() {
  return (tree: ArticleRoot, file: VFile): void => {
    const step = "collect-reading";
    const article = needs(file.data.article, step, "the caller's file.data.article");
    const headline = blocksOf(tree, "headline")[0] ?? null;
    const paragraphs = blocksOf(tree, "paragraph");
    const removed = blocksOf(tree, "removed");
    const sentences = paragraphs.flatMap((p, paragraph) => p.children.map((node) => ({ node, paragraph })));
    const stamp = needs(tree.data.stamp, step, "own-date");
    const dating = new Set(loadBoilerplate().rules.filter((r) => r.date).map((r) => r.id));
    const reading: Reading = {
      article,
      frontMatter: file.data.frontMatter ?? {},
      headline: headline && { text: headline.value, line: headline.position.start.line },
      paragraphs: paragraphs.map((p) => ({ text: p.value, kind: p.kind, line: p.position.start.line })),
      removed: removed.map((r) => ({ text: r.value, rule: r.data.rule, line: r.position.start.line })),
      sentences: sentences.map(({ node, paragraph }) => ({
        text: node.value,
        paragraph,
        place: placeOf(node.position),
        dates: needs(node.data.dates, step, "find-dates"),
        attribution: needs(node.data.attribution, step, "attribute-claims"),
        claim: needs(node.data.claim, step, "attribute-claims"),
      })),
      // The dates of removed lines that date the article: its own stamp, and lines that keep their dates (captions);
      // a stamp passed over (the page's "today", another story's date) is not the article's.
      lineDates: removed.flatMap((r) =>
        r.data.dates && r.data.dates.length > 0 && (!dating.has(r.data.rule) || r.position.start.line === stamp?.line)
          ? [{ dates: r.data.dates, place: placeOf(r.position) }]
          : [],
      ),
      source: needs(tree.data.source, step, "detect-source"),
      relays: needs(tree.data.relays, step, "find-relays"),
      ownDate: needs(tree.data.ownDate, step, "own-date"),
      // A headline has figures only when the article has a sentence in the outlet's own voice.
      figures: [...(headline?.data.figures ?? []), ...sentences.flatMap(({ node }) => needs(node.data.figures, step, "find-figures"))],
    };
    file.data.reading = reading;
  };
}
