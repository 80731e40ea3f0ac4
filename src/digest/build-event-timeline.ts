/**
 * The event timeline: what the articles date ("5 November", "awal
 * Februari", "Agustus 2024"), ordered by when it happened, each event with
 * every article that mentions it. Mentions of the same date whose sentences
 * tell the same thing are one event.
 */
import type { Entry } from "../schema/entry.ts";
import type { Event } from "../schema/digest.ts";
import { sentenceMatcher } from "./sentence-matcher.ts";
import { compareKeys } from "./compare-text.ts";

const SAME_EVENT = 0.3;
const MIN_SHARED = 2;

/**
 * @example
 * buildEventTimeline(entries).map((e) => [e.iso, e.mentions.length])
 * //=> [["2022-02", 2], …, ["2024-08", 3], …]
 */
export function buildEventTimeline(entries: readonly Entry[]): Event[] {
  const matcher = sentenceMatcher(entries.flatMap((e) => e.sentences.map((s) => s.text)));
  const events: (Event & { words: Set<string>[] })[] = [];
  for (const entry of entries) {
    for (const m of entry.mentions) {
      // "tahun lalu", "tahun ini": a year counted from the article says when, not what.
      if (m.relative && (m.precision === "year" || m.precision === "year-range")) continue;
      const sentence = m.sentence === null ? (entry.removed.find((r) => r.line === m.place.line)?.text ?? m.text) : (entry.sentences[m.sentence]?.text ?? "");
      const words = matcher.words(sentence);
      const mention = { entry: entry.id, entryTitle: entry.title, outlet: entry.source.outlet, words: m.text, sentence };
      const same = events.find(
        (e) => e.iso === m.iso && e.precision === m.precision && e.words.some((w) => matcher.alike(w, words, SAME_EVENT, MIN_SHARED)),
      );
      if (same) {
        if (!same.mentions.some((x) => x.entry === entry.id && x.sentence === sentence)) same.mentions.push(mention);
        same.words.push(words);
        continue;
      }
      events.push({ id: "", iso: m.iso, precision: m.precision, start: m.start, end: m.end, text: sentence, mentions: [mention], words: [words] });
    }
  }
  return events
    .sort((a, b) => compareKeys(a.start, b.start) || compareKeys(a.end, b.end) || compareKeys(a.text, b.text))
    .map(({ words: _words, ...e }, i) => ({ ...e, id: `peristiwa-${i + 1}` }));
}
