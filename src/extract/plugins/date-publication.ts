/**
 * unified plugin: the publication date, by the first rule that gives one —
 * front matter; a date line or byline; a date in the URL; the newest
 * weekday-marked date in the dateline sentence or a citation; otherwise an
 * estimate from the text, narrowed with dated articles given as context.
 * Then every date expression is placed on the calendar against it.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { Mention, Published } from "../../schema/entry.ts";
import { resolveDate } from "../dates/index.ts";
import { dateFromCitation } from "../published/date-from-citation.ts";
import { dateFromTextLine } from "../published/date-from-text-line.ts";
import { dateFromUrl } from "../published/date-from-url.ts";
import { estimateFromText } from "../published/estimate-from-text.ts";
import { narrowWithContext } from "../published/narrow-with-context.ts";
import { spanOfIso } from "../published/published-span.ts";

function decide(file: VFile): Published | null {
  const d = file.data;
  const fm = d.frontMatter ?? {};
  if (fm.published) {
    return { ...spanOfIso(fm.published), basis: "front-matter", estimated: false, text: fm.published, reason: "front matter" };
  }
  const fromLine = d.dateLine ? dateFromTextLine(d.dateLine) : null;
  if (fromLine) return fromLine;
  const fromUrl = dateFromUrl(d.source?.url);
  if (fromUrl) return fromUrl;
  const sentences = d.sentences ?? [];
  const found = d.dateExpressions ?? [];
  const credits = (d.source?.credits ?? []).map((c) => c.place.offset);
  const cited = dateFromCitation(sentences, found, credits);
  if (cited) return cited;
  const estimate = estimateFromText(sentences, found);
  return (d.context && narrowWithContext(sentences, found, estimate, d.context)) || estimate;
}

export default function datePublication() {
  return (_tree: Root, file: VFile): void => {
    const published = decide(file);
    if (!published) {
      file.message(
        "The text names no date linimasa can place the article by; add `published: YYYY-MM-DD` (or YYYY-MM) to its front matter",
        { place: { line: 1, column: 1 }, ruleId: "no-date", source: "linimasa" },
      ).fatal = true;
      return;
    }
    if (published.estimated) {
      file.message(`The publication date is estimated (${published.date}); add \`published:\` to the front matter if you know it`, {
        place: { line: 1, column: 1 },
        ruleId: "date-estimated",
        source: "linimasa",
      });
    }
    file.data.published = published;
    const sentences = file.data.sentences ?? [];
    const mentions: Mention[] = [];
    for (const { expr, sentence } of file.data.dateExpressions ?? []) {
      const resolved = resolveDate(expr, { date: published.end });
      const s = sentences[sentence];
      if (!resolved || !s) continue;
      mentions.push({
        text: expr.text,
        ...resolved,
        place: { line: s.line, column: s.column + expr.index, offset: s.offset + expr.index },
        sentence,
      });
    }
    for (const { expr, line, column, offset } of file.data.lineExpressions ?? []) {
      const resolved = resolveDate(expr, { date: published.end });
      if (!resolved) continue;
      mentions.push({ text: expr.text, ...resolved, place: { line, column: column + expr.index, offset: offset + expr.index }, sentence: null });
    }
    file.data.mentions = mentions.sort((a, b) => a.place.offset - b.place.offset);
  };
}
