/**
 * Publication date from an article URL, with patterns from
 * `src/lexicon/url-dates.yaml`.
 */
import { z } from "zod";
import { parseIsoDay } from "../../calendar/calendar.ts";
import { defineLexicon } from "../../lexicon/define-lexicon.ts";
import type { Published } from "../../schema/entry.ts";
import { spanOfIso } from "../dates/date-spans.ts";

const Regex = z.string().superRefine((source, ctx) => {
  try {
    new RegExp(source, "i");
  } catch (err) {
    ctx.addIssue({ code: "custom", message: String(err) });
  }
});
const UrlDates = z.object({ patterns: z.array(z.object({ id: z.string(), regex: Regex })) });
const patterns = defineLexicon("url-dates", UrlDates, (file) => file.patterns.map((p) => ({ id: p.id, regex: new RegExp(p.regex, "i") })));

/**
 * @example
 * dateFromUrl("https://nasional.kompas.com/read/2024/03/27/06161181/judul")
 * //=> { date: "2024-03-27T06:16", precision: "minute", basis: "url", estimated: false,
 * //     text: "https://nasional.kompas.com/read/2024/03/27/06161181/judul", reason: "URL pattern kompas-read", … }
 */
export function dateFromUrl(url: string | null | undefined): Published | null {
  if (!url) return null;
  for (const { id, regex } of patterns()) {
    const g = regex.exec(url)?.groups;
    if (!g?.year || !g.month || !g.day) continue;
    const iso = `${g.year}-${g.month}-${g.day}${g.hour && g.minute ? ` ${g.hour}:${g.minute}` : ""}`;
    if (parseIsoDay(`${g.year}-${g.month}-${g.day}`) === null || Number(g.hour ?? 0) > 23) continue;
    return { ...spanOfIso(iso), basis: "url", estimated: false, text: url, reason: `URL pattern ${id}` };
  }
  return null;
}
