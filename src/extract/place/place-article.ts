/**
 * Placing an article, the second of its two phases: its reading set
 * against a publication date. The dated mentions are put on the calendar,
 * each claim gets the date it was stated and the dates it refers to, each
 * figure the time it refers to, and each claim and figure the chain it came
 * through (which the date does not change); then the entry is assembled and
 * validated.
 * Pure and cheap, so an article dated from other articles is placed again
 * without being read again.
 */
import type { VFile } from "vfile";
import type { Claim, Entry, Figure, Published } from "../../schema/entry.ts";
import { claimId } from "../claims/claim-id.ts";
import { isStatementDate } from "../claims/statement-date.ts";
import { mentionsBySentence } from "../dates/mentions-by-sentence.ts";
import { placeMentions } from "../dates/place-mentions.ts";
import { figureDate } from "../figures/figure-date.ts";
import { buildChain } from "../provenance/build-chain.ts";
import type { Reading } from "../read/reading.ts";
import { assembleEntry } from "./assemble-entry.ts";

/**
 * The day partial dates are read against: a day's own (an estimate of a day
 * may allow the next too, but the day is its best guess), else the last day
 * a coarser date allows; null when undated.
 */
function referenceDay(published: Published | null): string | null {
  if (published === null) return null;
  return published.precision === "day" || published.precision === "minute" ? published.date.slice(0, 10) : published.end;
}

/**
 * The entry of `reading` published at `published`, or null with fatal
 * messages on `file` (no text left, a schema issue). An article nothing
 * dates (`published` null) is still placed: its entry is undated, with a
 * warning naming the front-matter key that dates it, and only the mentions
 * that write their own year are put on the calendar ("Kamis (27/2)" needs a
 * year the article cannot give, so it stays out of `mentions`).
 *
 * @example
 * placeArticle(reading, reading.ownDate, file)?.mentions.map((m) => m.iso) // seeds/000
 * //=> ["2025-02-04", "2025-01-15/2025-01-20"…]
 */
/** The warning an entry's date calls for: none, undated, or estimated. */
function warnAboutDate(published: Published | null, file: VFile): void {
  const place = { line: 1, column: 1 };
  if (!published) {
    file.message(
      "Nothing in the text dates this article, so it is listed apart as undated (Tanpa tanggal); add `published: YYYY-MM-DD` (or YYYY-MM) to its front matter if you know when it appeared",
      { place, ruleId: "no-date", source: "linimasa" },
    );
  } else if (published.estimated) {
    file.message(`The publication date is estimated (${published.date}, by ${published.basis}); add \`published:\` to the front matter if you know it`, {
      place,
      ruleId: "date-estimated",
      source: "linimasa",
    });
  }
}

export function placeArticle(reading: Reading, published: Published | null, file: VFile): Entry | null {
  const { sentences } = reading;
  const mentions = placeMentions(
    [...sentences.map((s, sentence) => ({ dates: s.dates, place: s.place, sentence })), ...reading.lineDates.map((g) => ({ ...g, sentence: null }))],
    referenceDay(published),
  );
  const mentionsOf = mentionsBySentence(mentions);
  const { relays } = reading;
  const outlet = reading.source.outlet;
  const claims: Claim[] = [];
  const claimOf = new Map<number, Claim>();
  sentences.forEach((s, i) => {
    if (!s.claim) return;
    const a = s.attribution;
    const own = mentionsOf.get(i) ?? [];
    const stated = own.find((m) => isStatementDate(s.text, s.place.offset, m, a.marker)) ?? null;
    const claim: Claim = {
      id: claimId(reading.article.id, i),
      claimant: a.claimant,
      also: a.also,
      via: a.via,
      carried: a.carried,
      chain: buildChain(a.claimant, relays.sentences[i]!, outlet),
      marker: a.marker,
      hedge: a.hedge,
      text: s.text,
      sentence: i,
      stated,
      refersTo: own.filter((m) => m !== stated),
      place: s.place,
    };
    claims.push(claim);
    claimOf.set(i, claim);
  });
  const figures: Figure[] = reading.figures.map(({ span, ...f }) => {
    const s = f.sentence === null ? null : sentences[f.sentence];
    const refersTo = s ? figureDate({ text: s.text, offset: s.place.offset }, span, mentionsOf.get(f.sentence) ?? [], claimOf.get(f.sentence!)?.stated ?? null) : null;
    const chain = buildChain(f.claimant, f.sentence === null ? { relays: relays.article, origin: null } : relays.sentences[f.sentence]!, outlet);
    return { ...f, chain, refersTo };
  });
  const entry = assembleEntry(reading, { published, mentions, claims, figures }, file);
  // A file refused (no text left) is not an article: its date is beside the point.
  if (entry) warnAboutDate(published, file);
  return entry;
}
