/**
 * unified plugin: every date expression of every sentence, and of the
 * removed lines that still date the article (bylines, date lines, captions),
 * as written: placing them on the calendar needs the publication date,
 * which some of them decide.
 */
import { loadBoilerplate } from "../../clean/boilerplate-lexicon.ts";
import { scanDates } from "../../dates/index.ts";
import { blocksOf, sentencesOf, type ArticleRoot } from "../article-tree.ts";

export default function findDates() {
  return (tree: ArticleRoot): void => {
    for (const s of sentencesOf(tree)) s.data.dates = scanDates(s.value);
    const rules = loadBoilerplate().rules;
    const dating = new Set(rules.filter((r) => r.date || r.keepsDates).map((r) => r.id));
    for (const r of blocksOf(tree, "removed")) if (dating.has(r.data.rule)) r.data.dates = scanDates(r.value);
  };
}
