/**
 * The entry of a placed article, validated against the schema: its title
 * (front matter, headline, or one derived from the lead), and every schema
 * issue as a message naming the field, so a parser bug never publishes a
 * broken entry.
 */
import type { VFile } from "vfile";
import { Entry, type Claim, type Figure, type Mention, type Published } from "../../schema/entry.ts";
import { STRUCTURAL_RULES } from "../clean/line.ts";
import { titleKey } from "../clean/text-shape.ts";
import type { Reading } from "../read/reading.ts";
import { deriveTitle } from "../title/derive-title.ts";
import { titleLead } from "../title/title-lead.ts";

/** What placing adds to a reading. */
export interface Placed {
  /** Null for an article nothing dates. */
  published: Published | null;
  mentions: Mention[];
  claims: Claim[];
  figures: Figure[];
}

/**
 * The validated entry, or null with fatal messages on `file` (no text left,
 * or a schema issue).
 *
 * @example
 * assembleEntry(reading, placed, file).title //=> "Intelijen Korsel: Tentara Korut Tak Lagi Terlibat …" (the headline)
 */
export function assembleEntry(reading: Reading, placed: Placed, file: VFile): Entry | null {
  const { frontMatter: fm, headline, paragraphs } = reading;
  if (paragraphs.length === 0) {
    // Only a headline and boilerplate: publishing it would show an empty page.
    const first = [headline?.line, ...reading.removed.map((r) => r.line)].filter((n) => n !== undefined);
    file.message("No article text is left once the headline and boilerplate are set aside; paste the article's own text into the file", {
      place: { line: first.length > 0 ? Math.min(...first) : 1, column: 1 },
      ruleId: "no-text-left",
      source: "linimasa",
    }).fatal = true;
    return null;
  }
  // A headline that the front-matter title replaces is dropped text like any
  // other: it goes to `removed`, so no line of the file silently disappears.
  const replaced =
    fm.title && headline && titleKey(headline.text) !== titleKey(fm.title)
      ? [{ text: headline.text, rule: STRUCTURAL_RULES.replacedHeadline, line: headline.line }]
      : [];
  const title = fm.title
    ? { title: fm.title, titleBasis: "front-matter" as const }
    : headline
      ? { title: headline.text, titleBasis: "headline" as const }
      : { title: derivedTitle(paragraphs.map((p) => p.text), reading.source.dateline), titleBasis: "derived" as const };
  const result = Entry.safeParse({
    id: reading.article.id,
    file: reading.article.name,
    hash: reading.article.hash,
    ...title,
    lang: fm.lang ?? "id",
    tags: fm.tags ?? [],
    source: reading.source,
    published: placed.published,
    paragraphs,
    sentences: reading.sentences.map((s) => ({ text: s.text, paragraph: s.paragraph, place: s.place })),
    removed: [...replaced, ...reading.removed].sort((a, b) => a.line - b.line),
    mentions: placed.mentions,
    claims: placed.claims,
    figures: placed.figures,
  });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    file.message(`The parsed entry is invalid at "${issue.path.join(".")}": ${issue.message}. This is a parser bug; report it with this file`, {
      place: { line: 1, column: 1 },
      ruleId: "entry-schema",
      source: "linimasa",
    }).fatal = true;
  }
  return null;
}

/** A title made from the article's first paragraph after its dateline. */
function derivedTitle(paragraphs: readonly string[], dateline: string | null): string {
  const lead = titleLead(paragraphs, dateline);
  return deriveTitle(lead.text, 110, !lead.withoutDateline);
}
