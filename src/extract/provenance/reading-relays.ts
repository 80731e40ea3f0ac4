/**
 * The relays of a read article: `articleRelays` fed from a `Reading` (its
 * sentences with their attribution and dates, its credits, its dateline).
 */
import type { Reading } from "../read/reading.ts";
import { articleRelays, type ArticleRelays } from "./article-relays.ts";

/**
 * @example
 * readingRelays(reading).sentences[2]?.relays // seeds/001
 * //=> [{ name: "Yonhap", id: "yonhap" }]
 */
export function readingRelays(reading: Pick<Reading, "sentences" | "source">): ArticleRelays {
  return articleRelays(
    reading.sentences.map((s) => ({ text: s.text, paragraph: s.paragraph, offset: s.place.offset, attribution: s.attribution, dates: s.dates })),
    reading.source.credits.map((c) => ({ name: c.name, text: c.text, offset: c.place.offset })),
    { dateline: reading.source.dateline },
  );
}
