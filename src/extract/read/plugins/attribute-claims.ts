/**
 * unified plugin: who speaks in each sentence (an agency, person, outlet or
 * group, or the outlet itself), how hedged, and whether the sentence is a
 * claim of its speaker.
 */
import { attributeSentences, isClaim } from "../../claims/index.ts";
import { blocksOf, needs, type ArticleRoot } from "../article-tree.ts";

export default function attributeClaims() {
  return (tree: ArticleRoot): void => {
    const source = needs(tree.data.source, "attribute-claims", "detect-source");
    const sentences = blocksOf(tree, "paragraph").flatMap((p, paragraph) => p.children.map((node) => ({ node, paragraph })));
    const attributions = attributeSentences(
      sentences.map((s) => ({ text: s.node.value, paragraph: s.paragraph })),
      { outlet: source.outlet },
    );
    sentences.forEach(({ node }, i) => {
      const a = attributions[i]!;
      node.data.attribution = a;
      node.data.claim = isClaim({ text: node.value }, a);
    });
  };
}
