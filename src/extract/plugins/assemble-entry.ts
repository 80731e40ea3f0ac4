/**
 * unified plugin: gathers what the other steps left on `file.data` into an
 * entry and validates it against the schema. Every schema issue becomes a
 * message naming the field, so a parser bug never publishes a broken entry.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { Entry } from "../../schema/entry.ts";
import { STRUCTURAL_RULES } from "../clean/line.ts";
import { titleKey } from "../clean/text-shape.ts";
import { deriveTitle } from "../title/derive-title.ts";

export default function assembleEntry() {
  return (_tree: Root, file: VFile): void => {
    const d = file.data;
    const article = d.article;
    if (!article) throw new Error("assembleEntry needs file.data.article (see parseArticle)");
    // A step already said what is wrong with the article (no date, …): there is
    // no entry to check, and the missing fields are not a parser bug.
    if (file.messages.some((m) => m.fatal === true)) return;
    const fm = d.frontMatter ?? {};
    const paragraphs = d.paragraphs ?? [];
    if (paragraphs.length === 0) {
      // Only a headline and boilerplate: publishing it would show an empty page.
      const first = [d.headline?.line, ...(d.removed ?? []).map((r) => r.line)].filter((n) => n !== undefined);
      file.message("No article text is left once the headline and boilerplate are set aside; paste the article's own text into the file", {
        place: { line: first.length > 0 ? Math.min(...first) : 1, column: 1 },
        ruleId: "no-text-left",
        source: "linimasa",
      }).fatal = true;
      return;
    }
    // A headline that the front-matter title replaces is dropped text like any
    // other: it goes to `removed`, so no line of the file silently disappears.
    const replaced =
      fm.title && d.headline && titleKey(d.headline.text) !== titleKey(fm.title)
        ? [{ text: d.headline.text, rule: STRUCTURAL_RULES.replacedHeadline, line: d.headline.line }]
        : [];
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
      removed: [...replaced, ...(d.removed ?? [])].sort((a, b) => a.line - b.line),
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
