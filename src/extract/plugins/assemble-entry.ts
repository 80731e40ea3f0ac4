/**
 * unified plugin: gathers what the other steps left on `file.data` into an
 * entry and validates it against the schema. Every schema issue becomes a
 * message naming the field, so a parser bug never publishes a broken entry.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { Entry } from "../../schema/entry.ts";
import { deriveTitle } from "../title/derive-title.ts";

export default function assembleEntry() {
  return (_tree: Root, file: VFile): void => {
    const d = file.data;
    const article = d.article;
    if (!article) throw new Error("assembleEntry needs file.data.article (see parseArticle)");
    const fm = d.frontMatter ?? {};
    const paragraphs = d.paragraphs ?? [];
    const title = fm.title
      ? { title: fm.title, titleBasis: "front-matter" as const }
      : d.headline
        ? { title: d.headline.text, titleBasis: "headline" as const }
        : { title: deriveTitle(paragraphs[0]?.text ?? ""), titleBasis: "derived" as const };
    const candidate = {
      id: article.id,
      file: article.name,
      hash: article.hash,
      ...title,
      lang: fm.lang ?? "id",
      tags: fm.tags ?? [],
      source: d.source,
      published: d.published,
      paragraphs: paragraphs.map((p) => ({ text: p.text, kind: p.kind, line: p.line })),
      sentences: (d.sentences ?? []).map((s) => ({
        text: s.text,
        paragraph: s.paragraph,
        place: { line: s.line, column: s.column, offset: s.offset },
      })),
      removed: d.removed ?? [],
      mentions: d.mentions ?? [],
      claims: d.claims ?? [],
      figures: d.figures ?? [],
    };
    const result = Entry.safeParse(candidate);
    if (result.success) {
      d.entry = result.data;
      return;
    }
    for (const issue of result.error.issues) {
      file.message(`The parsed entry is invalid at "${issue.path.join(".")}": ${issue.message}. This is a parser bug; report it with this file`, {
        place: { line: 1, column: 1 },
        ruleId: "entry-schema",
        source: "linimasa",
      }).fatal = true;
    }
  };
}
