/**
 * The parts of a test entry no test is about: file name, hash, language,
 * tags and a day-precise publication by date line, filled around what a
 * test's own entry factory worked out, then checked by the entry schema.
 */
import { Entry, type Published } from "../../src/schema/entry.ts";

/** What a test entry states; the rest is filled in. */
export interface EntryParts {
  id: string;
  title: string;
  outlet: string | null;
  outletBasis?: Entry["source"]["outletBasis"];
  url?: string | null;
  /** Day of publication ("2025-02-05"), fields to override, or null for an undated entry. */
  published: { day: string; with?: Partial<Published> } | null;
  paragraphs: Entry["paragraphs"];
  sentences: Entry["sentences"];
  removed?: Entry["removed"];
  mentions?: Entry["mentions"];
  claims: Entry["claims"];
  figures: Entry["figures"];
}

/**
 * A schema-valid entry made of `parts`.
 *
 * @example
 * entryShell({ id: "a", title: "Judul", outlet: null, published: { day: "2025-02-05" }, paragraphs: [], sentences: [], claims: [], figures: [] }).published
 * //=> { date: "2025-02-05", precision: "day", basis: "date-line", estimated: false, text: null, reason: "test", start: "2025-02-05", end: "2025-02-05" }
 */
export function entryShell(parts: EntryParts): Entry {
  const { published } = parts;
  const day = published?.day.slice(0, 10) ?? "";
  return Entry.parse({
    id: parts.id,
    file: `${parts.id}.txt`,
    hash: "0".repeat(64),
    title: parts.title,
    titleBasis: "headline",
    lang: "id",
    tags: [],
    source: { outlet: parts.outlet, outletBasis: parts.outletBasis ?? null, outletKnown: parts.outlet === null ? null : true, dateline: null, datelinePlace: null, author: null, editor: null, url: parts.url ?? null, credits: [] },
    published: published === null ? null : { date: published.day, precision: "day", basis: "date-line", estimated: false, text: null, reason: "test", start: day, end: day, ...published.with },
    paragraphs: parts.paragraphs,
    sentences: parts.sentences,
    removed: parts.removed ?? [],
    mentions: parts.mentions ?? [],
    claims: parts.claims,
    figures: parts.figures,
  });
}
