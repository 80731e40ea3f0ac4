/**
 * What of a parsed entry serves as dating context for other articles.
 */
import type { Entry, Mention, Published } from "../../schema/entry.ts";

/** A dated article offered as context. */
export interface ContextEntry {
  id: string;
  title: string;
  published: Published;
  sentences: { text: string }[];
  mentions: Mention[];
}

/** The days of writing an article's own words give: its news's day, at most a day off. */
const OWN_DAY_BASES = new Set<Published["basis"]>(["citation", "dateline-sentence", "statement"]);

/**
 * Whether an article dated so may date others: a date it states, or the day
 * of writing its own weekday dates give (an estimate of that day or the
 * next). Estimates from other articles or from coarser dates may not: an
 * estimate never dates another estimate.
 *
 * @example
 * datesOthers({ basis: "statement", estimated: true, precision: "day", … }) //=> true
 * datesOthers({ basis: "context", estimated: true, precision: "week", … }) //=> false
 */
export function datesOthers(published: Published): boolean {
  return !published.estimated || (published.precision === "day" && OWN_DAY_BASES.has(published.basis));
}

/**
 * The entries among `entries` that may date others (`datesOthers`), as context.
 *
 * @example
 * toContext(entries).map((c) => c.id) //=> ["000-022d6d6978ebefb1", "001-0b65f12583cc828d", "003-529e1a794209f8f6"]
 */
export function toContext(entries: readonly Entry[]): ContextEntry[] {
  return entries.flatMap((e) =>
    e.published && datesOthers(e.published) ? [{ id: e.id, title: e.title, published: e.published, sentences: e.sentences, mentions: e.mentions }] : [],
  );
}
