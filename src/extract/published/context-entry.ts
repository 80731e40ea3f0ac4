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

/**
 * The dated entries among `entries`, as context (estimated and undated ones
 * are left out: an estimate never dates another estimate).
 *
 * @example
 * toContext(entries).map((c) => c.id) //=> ["000-022d6d6978ebefb1", "001-0b65f12583cc828d", "003-529e1a794209f8f6"]
 */
export function toContext(entries: readonly Entry[]): ContextEntry[] {
  return entries.flatMap((e) =>
    e.published && !e.published.estimated ? [{ id: e.id, title: e.title, published: e.published, sentences: e.sentences, mentions: e.mentions }] : [],
  );
}
