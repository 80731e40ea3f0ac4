/**
 * unified plugin: finds every date expression in every sentence (without
 * placing it on the calendar yet: that needs the publication date, which
 * some of these expressions decide).
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { loadBoilerplate } from "../clean/boilerplate-lexicon.ts";
import { scanDates } from "../dates/index.ts";

export default function findMentions() {
  return (_tree: Root, file: VFile): void => {
    file.data.dateExpressions = (file.data.sentences ?? []).flatMap((s, sentence) =>
      scanDates(s.text).map((expr) => ({ expr, sentence })),
    );
    // Bylines, date lines and captions are dropped from the text, but their dates are the article's.
    const rules = loadBoilerplate().rules;
    const dating = new Set(rules.filter((r) => r.date || r.keepsDates).map((r) => r.id));
    const offsets = new Map((file.data.lines ?? []).map((l) => [l.line, { offset: l.offset, text: l.text }]));
    file.data.lineExpressions = (file.data.removed ?? [])
      .filter((r) => dating.has(r.rule))
      .flatMap((r) => {
        const line = offsets.get(r.line);
        const at = line ? Math.max(0, line.text.indexOf(r.text)) : 0;
        return scanDates(r.text).map((expr) => ({ expr, line: r.line, column: at + 1, offset: (line?.offset ?? 0) + at }));
      });
  };
}
