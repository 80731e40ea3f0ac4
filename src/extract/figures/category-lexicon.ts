/**
 * The rules of `src/lexicon/figure-categories.yaml`, validated and compiled
 * on first use into phrase tables.
 */
import { z } from "zod";
import { defineLexicon } from "../../lexicon/define-lexicon.ts";
import { CATEGORIES, type Category } from "../../schema/entry.ts";
import { compilePhrases, type PhraseTable } from "./tokenize.ts";

const Words = z.array(z.string().min(1));

const CategoryFile = z.object({
  cues: z.partialRecord(z.enum(CATEGORIES), Words),
  joiners: Words,
  listOpeners: Words,
  additional: Words,
  future: Words,
  again: Words,
  againNegations: Words,
  transparent: Words,
  people: z.object({ troops: Words, leaders: Words, generic: Words, civilians: Words }),
  things: Words,
  timeReference: z.object({ nouns: Words, after: Words }),
  anaphora: z.object({
    after: Words,
    before: Words,
    partitive: Words,
    amount: Words,
    link: Words,
    previous: Words,
    previousNya: Words,
    demonstratives: Words,
    includes: Words,
  }),
  formations: z.object({ each: Words, size: Words, units: Words }),
  breakdown: Words,
  sides: z.object({ northKorea: Words, other: Words }),
  links: Words,
  linkFillers: Words,
  notOwnerAfter: Words,
});

/** The kind of people a noun counts. */
export type PeopleKind = "troops" | "leaders" | "generic" | "civilians";
/** Whose people a count is. */
export type Side = "north_korea" | "other";

/** The compiled classification rules. */
export interface CategoryLexicon {
  cues: PhraseTable<Category>;
  joiners: Set<string>;
  listOpeners: Set<string>;
  additional: PhraseTable<true>;
  future: Set<string>;
  again: Set<string>;
  againNegations: Set<string>;
  transparent: Set<string>;
  people: PhraseTable<PeopleKind>;
  things: Set<string>;
  timeReference: { nouns: Set<string>; after: Set<string> };
  anaphoraAfter: PhraseTable<true>;
  anaphoraBefore: Set<string>;
  partitive: PhraseTable<true>;
  amount: Set<string>;
  /** Words across which a bare number takes a people noun before it ("sebanyak"). */
  link: Set<string>;
  /** Amount words that point back with a demonstrative ("jumlah tersebut"), and their "-nya" forms. */
  previous: Set<string>;
  previousNya: Set<string>;
  demonstratives: Set<string>;
  includes: Set<string>;
  formations: { each: Set<string>; size: Set<string>; units: Set<string> };
  breakdown: Set<string>;
  sides: PhraseTable<Side>;
  links: PhraseTable<true>;
  linkFillers: Set<string>;
  notOwnerAfter: Set<string>;
}

const lower = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));
const flag = (list: readonly string[], nya = false): PhraseTable<true> =>
  compilePhrases(list.map((w) => [w, true] as const), { nya });

function compile(file: z.infer<typeof CategoryFile>): CategoryLexicon {
  const cues: [string, Category][] = [];
  for (const category of CATEGORIES) for (const w of file.cues[category] ?? []) cues.push([w, category]);
  const people: [string, PeopleKind][] = [];
  for (const kind of ["troops", "leaders", "generic", "civilians"] as const) for (const w of file.people[kind]) people.push([w, kind]);
  const sides: [string, Side][] = [
    ...file.sides.northKorea.map((w) => [w, "north_korea"] as [string, Side]),
    ...file.sides.other.map((w) => [w, "other"] as [string, Side]),
  ];
  return {
    cues: compilePhrases(cues, { nya: true }),
    joiners: lower(file.joiners),
    listOpeners: lower(file.listOpeners),
    additional: flag(file.additional),
    future: lower(file.future),
    again: lower(file.again),
    againNegations: lower(file.againNegations),
    transparent: lower(file.transparent),
    people: compilePhrases(people, { nya: true }),
    things: lower(file.things),
    timeReference: { nouns: lower(file.timeReference.nouns), after: lower(file.timeReference.after) },
    anaphoraAfter: flag(file.anaphora.after),
    anaphoraBefore: lower(file.anaphora.before),
    partitive: flag(file.anaphora.partitive),
    amount: lower(file.anaphora.amount),
    link: lower(file.anaphora.link),
    previous: lower(file.anaphora.previous),
    previousNya: lower(file.anaphora.previousNya),
    demonstratives: lower(file.anaphora.demonstratives),
    includes: lower(file.anaphora.includes),
    formations: { each: lower(file.formations.each), size: lower(file.formations.size), units: lower(file.formations.units) },
    breakdown: lower(file.breakdown),
    sides: compilePhrases(sides),
    links: flag(file.links, true),
    linkFillers: lower(file.linkFillers),
    notOwnerAfter: lower(file.notOwnerAfter),
  };
}

/**
 * The classification rules, loaded on first use.
 *
 * @example
 * categoryWords().things.has("km persegi");
 * //=> true
 */
export const categoryWords: () => CategoryLexicon = defineLexicon("figure-categories", CategoryFile, compile);
