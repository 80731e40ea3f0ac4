/**
 * The event timeline: what the articles date ("5 November", "awal
 * Februari", "Agustus 2024"), ordered by when it happened, each event with
 * every article that mentions it. Mentions of the same date whose sentences
 * tell the same thing are one event.
 */
import type { Entry } from "../schema/entry.ts";
import type { Event } from "../schema/digest.ts";
import { storyWords, tellsSame } from "../text/same-story.ts";
import { WordIndex } from "../text/word-index.ts";
import { compareKeys } from "../text/compare-keys.ts";

const SAME_EVENT = { minScore: 0.3, minShared: 2 };
/** An event is recognised by its first sentences; later ones add mentions but not comparisons. */
const MAX_MEMBER_SETS = 16;
/** A word shared by this many events of one date is too common to find candidates by. */
const MAX_POSTINGS = 200;

interface Building {
  event: Event;
  words: Set<string>[];
  seen: Set<string>;
  indexed: Set<string>;
  order: number;
}

/**
 * @example
 * buildEventTimeline(entries).map((e) => [e.iso, e.mentions.length])
 * //=> [["2022-02", 2], …, ["2024-08", 3], …]
 */
export function buildEventTimeline(entries: readonly Entry[], wordsOf = storyWords(entries.flatMap((e) => e.sentences.map((s) => s.text)))): Event[] {
  const events: Building[] = [];
  // Events of one date, and an index from their words to them: a mention is compared only with events it shares words with.
  const byDate = new Map<string, { events: Building[]; index: WordIndex<Building> }>();
  for (const entry of entries) {
    for (const m of entry.mentions) {
      // "tahun lalu", "tahun ini": a year counted from the article says when, not what.
      if (m.relative && (m.precision === "year" || m.precision === "year-range")) continue;
      const sentence = m.sentence === null ? (entry.removed.find((r) => r.line === m.place.line)?.text ?? m.text) : (entry.sentences[m.sentence]?.text ?? "");
      const words = wordsOf(sentence);
      const mention = { entry: entry.id, entryTitle: entry.title, outlet: entry.source.outlet, words: m.text, sentence };
      const key = `${m.iso}|${m.precision}`;
      let bucket = byDate.get(key);
      if (!bucket) byDate.set(key, (bucket = { events: [], index: new WordIndex(MAX_POSTINGS) }));
      let same: Building | undefined;
      for (const [e, n] of bucket.index.shared(words)) {
        if (n >= SAME_EVENT.minShared && e.words.some((w) => tellsSame(w, words, SAME_EVENT)) && (!same || e.order < same.order)) same = e;
      }
      const target = same ?? { event: { id: "", iso: m.iso, precision: m.precision, start: m.start, end: m.end, text: sentence, mentions: [] }, words: [], seen: new Set(), indexed: new Set(), order: events.length };
      if (!same) {
        events.push(target);
        bucket.events.push(target);
      }
      const seenKey = `${entry.id}\0${sentence}`;
      if (!target.seen.has(seenKey)) {
        target.seen.add(seenKey);
        target.event.mentions.push(mention);
      }
      if (target.words.length < MAX_MEMBER_SETS) target.words.push(words);
      const fresh = [...words].filter((w) => !target.indexed.has(w));
      for (const w of fresh) target.indexed.add(w);
      bucket.index.add(target, fresh);
    }
  }
  return events
    .map((b) => b.event)
    .sort((a, b) => compareKeys(a.start, b.start) || compareKeys(a.end, b.end) || compareKeys(a.text, b.text))
    .map((e, i) => ({ ...e, id: `peristiwa-${i + 1}` }));
}
