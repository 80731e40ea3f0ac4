/**
 * unified plugin: finds every date expression in every sentence (without
 * placing it on the calendar yet: that needs the publication date, which
 * some of these expressions decide).
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { scanDates } from "../dates/index.ts";

export default function findMentions() {
  return (_tree: Root, file: VFile): void => {
    file.data.dateExpressions = (file.data.sentences ?? []).flatMap((s, sentence) =>
      scanDates(s.text).map((expr) => ({ expr, sentence })),
    );
  };
}
