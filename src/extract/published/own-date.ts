/**
 * The publication date an article gives itself, before any other article
 * is looked at:
 *
 * 1. front matter;
 * 2. the page's stamp (`chooseStamp`: a byline or date line), else a date
 *    the dateline carries ("Seoul, 18 Juni 2025 —"), unless the URL's date
 *    is older (the stamp is then an update or the page's today);
 * 3. the date in the URL;
 * 4. the day of writing from the weekday-marked dates of the text
 *    (`writingDay`);
 * 5. an estimate from the newest date the text names (`estimateFromText`),
 *    or from a stamp that gives only the article's age;
 * 6. an estimate from the newest date its photo captions name
 *    (`estimateFromCaptions`);
 *
 * or null when nothing dates it. A stamp always wins over the dates of the
 * news in the text. Other articles may narrow an estimate when the article
 * is placed (`dateArticle`).
 */
import { inJakartaTime } from "../../calendar/calendar.ts";
import type { FrontMatter } from "../../ingest/front-matter.ts";
import type { Published } from "../../schema/entry.ts";
import { spanOfIso } from "../dates/date-spans.ts";
import type { DateLine } from "../source/find-byline.ts";
import { chooseStamp, type Layout } from "./choose-stamp.ts";
import { dateFromDateline } from "./date-from-dateline.ts";
import { dateFromUrl } from "./date-from-url.ts";
import type { TextEvidence } from "./dated-expression.ts";
import { estimateFromCaptions, type CaptionDates } from "./estimate-from-captions.ts";
import { estimateFromText } from "./estimate-from-text.ts";
import { newestOwnDate, textYears } from "./newest-own-date.ts";
import { estimateFromAge } from "./relative-stamp.ts";
import { writingDay } from "./writing-day.ts";

/** What of an article can date it. */
export interface DateEvidence extends TextEvidence {
  frontMatter: FrontMatter;
  /** Every byline or date line found with the source, in file order. */
  dateLines: DateLine[];
  /** Where the headline and the article's opening stand. */
  layout: Layout;
  url: string | null;
  /** The photo captions the cleaning removed that hold dates. */
  captions: CaptionDates[];
}

export interface OwnDate {
  published: Published | null;
  /** The stamp that dated it, if one did: its dates are the article's; other stamps' are not. */
  stamp: DateLine | null;
}

/** The date from the text alone, its missing years placed by its own dates and `shownOn` (a day it is not newer than). */
export function dateFromText(evidence: TextEvidence, shownOn: string | null): Published | null {
  const before = shownOn === null ? null : { day: shownOn, slackDays: 0, what: "the date the page was shown" };
  return writingDay(evidence, { ...textYears(evidence.found), before }) || estimateFromText(evidence.sentences, evidence.found);
}

/**
 * @example
 * ownDate({ frontMatter: {}, dateLines: [], layout, url: null, sentences, found, creditOffsets, lead: 0 }).published // seeds/000_022d6d6978ebefb1.txt
 * //=> { date: "2025-02-05", precision: "day", basis: "citation", estimated: false, text: "Rabu (5/2)", … }
 */
export function ownDate(evidence: DateEvidence): OwnDate {
  const { frontMatter: fm } = evidence;
  if (fm.published) {
    const local = inJakartaTime(fm.published);
    const reason = local === fm.published ? "front matter" : "front matter, in Jakarta time (WIB)";
    return { published: { ...spanOfIso(local), basis: "front-matter", estimated: false, text: fm.published, reason }, stamp: null };
  }
  const years = textYears(evidence.found);
  const newsDay = (before: string): string | null => writingDay(evidence, { ...years, before: { day: before, slackDays: 0, what: "the stamp" } })?.start ?? null;
  const choice = chooseStamp(evidence.dateLines, evidence.layout, { newsDay, newestEnd: newestOwnDate(evidence.found)?.span.end ?? null });
  const stamp = choice.published ?? dateFromDateline(evidence.sentences, evidence.found);
  const url = dateFromUrl(evidence.url);
  if (stamp && url && stamp.start > url.end) {
    return { published: { ...url, reason: `${url.reason}; the stamp "${stamp.text}" is later than the address: an update, or the date the page was shown` }, stamp: null };
  }
  if (stamp) return { published: stamp, stamp: choice.stamp };
  if (url) return { published: url, stamp: null };
  const fromText = dateFromText(evidence, choice.shownOn);
  if (fromText && (fromText.precision === "day" || !choice.relative || !choice.shownOn)) return { published: fromText, stamp: null };
  const fromAge = choice.relative && choice.shownOn ? estimateFromAge(choice.relative, choice.shownOn) : null;
  return { published: fromAge ?? fromText ?? estimateFromCaptions(evidence.captions), stamp: null };
}
