/**
 * The digest of all entries: ledgers, corroborations, the provenance of
 * figures several articles report, disagreements and the event timeline,
 * validated against its schema.
 */
import { Digest } from "../schema/digest.ts";
import type { Entry } from "../schema/entry.ts";
import { buildEventTimeline } from "./build-event-timeline.ts";
import { buildLedgers } from "./build-ledgers.ts";
import { figureProvenance } from "./figure-provenance.ts";
import { findCorroborations } from "./find-corroborations.ts";
import { findDisagreements } from "./find-disagreements.ts";
import { storyWords } from "../text/same-story.ts";

/**
 * @example
 * const digest = buildDigest(entries);
 * digest.ledgers.map((l) => l.category) //=> ["deployed", "additional_deployed", "killed", "wounded", "casualties", "missing", "repatriated"]
 */
export function buildDigest(entries: readonly Entry[]): Digest {
  const ledgers = buildLedgers(entries);
  // Which words tell a story is worked out once for the corroborations and the events.
  const words = storyWords(entries.flatMap((e) => e.sentences.map((s) => s.text)));
  return Digest.parse({
    ledgers,
    corroborations: findCorroborations(entries, words),
    provenance: figureProvenance(entries),
    disagreements: findDisagreements(ledgers),
    events: buildEventTimeline(entries, words),
  });
}
