/**
 * Which of a page's date stamps dates the article. A page may carry several:
 * its own byline stamp, an update stamp, the date the site shows as today
 * in its header, the dates of other stories in teasers and sidebars. The
 * choice rests on where each stands and what it is, never on words of one
 * site:
 *
 * - a bare date (nothing on its line but the date and its time) after the
 *   article's opening is another story's, in a teaser or a sidebar;
 * - a bare date without a time that the article's own news contradicts (its
 *   newest weekday-marked day is more than a week older; or, above the
 *   headline where sites put their "today" bar, the newest date the text
 *   names ends more than a month before it), or on a page that gives the
 *   article's age in words ("2 jam lalu"), is the date the page was shown,
 *   not the article's; it still bounds the article, which cannot be newer;
 * - of the rest, a publication stamp comes before an update stamp, a stamp
 *   with a time before one without, one below the headline before one above
 *   it, then the earliest date (a later one is an update or the page's today).
 */
import { addDaysIso } from "../../calendar/calendar.ts";
import type { Published } from "../../schema/entry.ts";
import { loadBoilerplate } from "../clean/boilerplate-lexicon.ts";
import type { DateLine } from "../source/find-byline.ts";
import { dateOfTextLine } from "./date-from-text-line.ts";

/** Where the article's parts stand in the file. */
export interface Layout {
  /** Line of the headline, if any. */
  headline: number | null;
  /** Line where the article's own text opens (its dateline, else its first paragraph of prose), if known. */
  lead: number | null;
}

export interface StampChoice {
  /** The date of the chosen stamp, or null when none dates the article. */
  published: Published | null;
  /** The chosen stamp. */
  stamp: DateLine | null;
  /** The day of a stamp set aside as the date the page was shown: the article is not newer. */
  shownOn: string | null;
  /** A stamp that says only how long ago the page appeared ("2 jam lalu"). */
  relative: DateLine | null;
}

/** A contradicted bare date is more than this many days newer than the article's own news. */
const MAX_NEWS_AGE = 7;
/** A bare date above the headline is contradicted when the text's newest date ends more than this many days before it. */
const MAX_DATE_AGE = 31;

/** What the article's text says of its own time. */
export interface TextTime {
  /** The day of its own news, its year placed on or before `before` when the text does not write it. */
  newsDay: (before: string) => string | null;
  /** The last day of the newest date it names, if any. */
  newestEnd: string | null;
}
/** What may stand on a bare date's line besides the date: signs, time zones, am/pm. */
const BARE_REST = /^(?:[\s,.|•·:()\-–—]|wib|wita|wit|utc|gmt|am|pm)*$/iu;

interface Stamp {
  line: DateLine;
  published: Published;
  kind: "published" | "updated";
  bare: boolean;
  timed: boolean;
}

function stampOf(line: DateLine): Stamp | { relative: DateLine } | null {
  const rule = loadBoilerplate().byId.get(line.rule);
  if (rule?.stamp === "relative") return { relative: line };
  const found = dateOfTextLine(line);
  if (!found) return null;
  const { published, expr } = found;
  const rest = line.text.slice(0, expr.index) + line.text.slice(expr.end);
  return { line, published, kind: rule?.stamp === "updated" ? "updated" : "published", bare: BARE_REST.test(rest), timed: published.precision === "minute" };
}

/** Lower sorts first: the order of preference among stamps that may date the article. */
function rank(s: Stamp, layout: Layout): [number, number, number, string, number] {
  const above = layout.headline !== null && s.line.line < layout.headline ? 1 : 0;
  return [s.kind === "published" ? 0 : 1, s.timed ? 0 : 1, above, s.published.start, s.line.line];
}

const compare = (a: readonly (number | string)[], b: readonly (number | string)[]): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
};

/**
 * Choose among `lines` (every dated line cleaning removed, in file order),
 * with what the text says of its own time.
 *
 * @example
 * chooseStamp(
 *   [{ text: "Senin, 22 Desember 2025", line: 1, rule: "date-line" }, { text: "- Kamis, 15 Juni 2023 | 04:44 WIB", line: 5, rule: "date-line" }],
 *   { headline: 3, lead: 9 },
 *   { newsDay: () => null, newestEnd: null },
 * ).published?.date //=> "2023-06-15T04:44"
 */
export function chooseStamp(lines: readonly DateLine[], layout: Layout, text: TextTime): StampChoice {
  const stamps: Stamp[] = [];
  const setAside: string[] = [];
  let shownOn: string | null = null;
  const read = lines.map(stampOf);
  const relative = read.flatMap((s) => (s !== null && "relative" in s ? [s.relative] : []))[0] ?? null;
  const shown = (s: Stamp, why: string): void => {
    setAside.push(`"${s.line.text}" (line ${s.line.line}) ${why}: the date the page was shown`);
    shownOn = shownOn === null || s.published.start < shownOn ? s.published.start : shownOn;
  };
  for (const s of read) {
    if (s === null || "relative" in s) continue;
    const { line } = s;
    if (s.bare && layout.lead !== null && line.line > layout.lead) {
      setAside.push(`"${line.text}" (line ${line.line}) stands after the article's opening: another story's date`);
      continue;
    }
    if (s.bare && !s.timed) {
      if (relative !== null) {
        shown(s, `stands on a page that gives the article's age as "${relative.text}"`);
        continue;
      }
      const news = text.newsDay(s.published.start);
      if (news !== null && addDaysIso(news, MAX_NEWS_AGE) < s.published.start) {
        shown(s, `is more than a week after the article's own news (${news})`);
        continue;
      }
      const above = layout.headline !== null && line.line < layout.headline;
      if (above && news === null && text.newestEnd !== null && addDaysIso(text.newestEnd, MAX_DATE_AGE) < s.published.start) {
        shown(s, `stands above the headline more than a month after the newest date the text names (${text.newestEnd})`);
        continue;
      }
    }
    stamps.push(s);
  }
  stamps.sort((a, b) => compare(rank(a, layout), rank(b, layout)));
  const chosen = stamps[0];
  if (!chosen) return { published: null, stamp: null, shownOn, relative };
  const others = stamps.slice(1).map((s) => `"${s.line.text}" (line ${s.line.line}) ${s.kind === "updated" ? "is an update" : "is passed over for it"}`);
  const notes = [...setAside, ...others];
  const published = notes.length === 0 ? chosen.published : { ...chosen.published, reason: `${chosen.published.reason}; ${notes.join("; ")}` };
  return { published, stamp: chosen.line, shownOn, relative };
}
