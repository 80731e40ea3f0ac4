/**
 * unified plugin: the publication date the article gives itself (`ownDate`:
 * front matter, its stamp, URL, the day of writing its text gives, else an
 * estimate), before any other article is looked at. It runs after
 * attribute-claims: a reported statement's weekday date dates the news.
 */
import type { VFile } from "vfile";
import { leadSentence, openingLine } from "../../published/article-opening.ts";
import { citationOffsets } from "../../published/citation-offsets.ts";
import { loadBoilerplate } from "../../clean/boilerplate-lexicon.ts";
import { ownDate } from "../../published/own-date.ts";
import { blocksOf, needs, sentencesOf, type ArticleRoot } from "../article-tree.ts";

/** The rules of removed lines that keep their dates without being date lines: photo captions. */
function captionRules(): Set<string> {
  return new Set(loadBoilerplate().rules.filter((r) => r.keepsDates && !r.date).map((r) => r.id));
}

export default function dateItself() {
  return (tree: ArticleRoot, file: VFile): void => {
    const step = "own-date";
    const source = needs(tree.data.source, step, "detect-source");
    const sentences = sentencesOf(tree);
    const refs = sentences.map((s) => ({
      text: s.value,
      offset: s.position.start.offset!,
      statement: needs(s.data.attribution, step, "attribute-claims").marker !== null,
    }));
    const datelineLine = needs(tree.data.datelineLine, step, "detect-source");
    const paragraphs = blocksOf(tree, "paragraph").map((p) => ({ text: p.value, line: p.position.start.line }));
    const captioning = captionRules();
    const captions = blocksOf(tree, "removed")
      .filter((r) => captioning.has(r.data.rule) && (r.data.dates?.length ?? 0) > 0)
      .map((r) => ({ text: r.value, offset: r.position.start.offset!, dates: r.data.dates! }));
    const own = ownDate({
      frontMatter: file.data.frontMatter ?? {},
      dateLines: needs(tree.data.dateLines, step, "detect-source"),
      layout: { headline: blocksOf(tree, "headline")[0]?.position.start.line ?? null, lead: openingLine(paragraphs, datelineLine) },
      url: source.url,
      captions,
      sentences: refs,
      found: sentences.flatMap((s, sentence) => needs(s.data.dates, step, "find-dates").map((expr) => ({ expr, sentence }))),
      creditOffsets: citationOffsets(source.credits),
      lead: leadSentence(refs, source.dateline),
    });
    tree.data.ownDate = own.published;
    tree.data.stamp = own.stamp;
  };
}
