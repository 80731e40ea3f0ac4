/**
 * unified plugin: every count of people in the headline and the sentences
 * (`readFigures`, each sentence knowing the count of the one before it),
 * credited to the sentence's speaker, and an unattributed figure to the
 * speaker of the same figure elsewhere (`creditTwins`).
 */
import type { VFile } from "vfile";
import { claimId } from "../../claims/claim-id.ts";
import { creditTwins } from "../../figures/credit-twins.ts";
import { figuresOf, readFigures, type DraftFigure } from "../../figures/draft-figure.ts";
import type { PreviousCount } from "../../figures/sentence-view.ts";
import { blocksOf, needs, sentencesOf, type ArticleRoot, type HeadlineNode, type SentenceNode } from "../article-tree.ts";

export default function findFigures() {
  return (tree: ArticleRoot, file: VFile): void => {
    const id = file.data.article?.id ?? "entry";
    const sentences = sentencesOf(tree);
    const attributed = sentences.map((s) => ({ node: s, a: needs(s.data.attribution, "find-figures", "attribute-claims") }));
    const found: { node: HeadlineNode | SentenceNode; figures: DraftFigure[] }[] = [];
    const headline = blocksOf(tree, "headline")[0];
    const outletVoice = attributed.find(({ a }) => a.claimant.kind === "self")?.a.claimant;
    if (headline && outletVoice) {
      const speaker = { claim: null, claimant: outletVoice, hedge: "unverified" as const };
      const { line, offset } = headline.position.start;
      found.push({ node: headline, figures: figuresOf(headline.value, { line, column: 1, offset: offset! }, null, speaker) });
    }
    let previous: PreviousCount | null = null;
    attributed.forEach(({ node, a }, i) => {
      const speaker = { claim: node.data.claim ? claimId(id, i) : null, claimant: a.claimant, hedge: a.hedge };
      const { line, column, offset } = node.position.start;
      const read = readFigures(node.value, { line, column, offset: offset! }, i, speaker, previous);
      found.push({ node, figures: read.figures });
      previous = read.count;
    });
    const credited = creditTwins(found.flatMap((f) => f.figures));
    let next = 0;
    for (const f of found) {
      f.node.data.figures = credited.slice(next, next + f.figures.length);
      next += f.figures.length;
    }
  };
}
