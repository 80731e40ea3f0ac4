/**
 * The dated mentions hand-annotated in seeds.json (copied to
 * fixtures/seed-dated-mentions.json) must all come out of scanDates +
 * resolveDate on the five seed articles.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Precision } from "../../../src/schema/entry.ts";
import { resolveDate } from "../../../src/extract/dates/resolve-date.ts";
import { scanDates } from "../../../src/extract/dates/scan-dates.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const seedsDir = path.join(here, "../../../seeds");

interface SeedMention {
  text: string;
  iso: string | null;
  precision: string;
}
interface Seed {
  file: string;
  published: string;
  dated_mentions: SeedMention[];
}
const seeds: Seed[] = JSON.parse(readFileSync(path.join(here, "fixtures/seed-dated-mentions.json"), "utf8"));

/** 002 and 004 do not state their date; seeds.json gives these as the best estimates. */
const REFERENCE_OVERRIDES: Record<string, string> = {
  "002_a39da216cea299ce.txt": "2025-02-27",
  "004_1f4d5a3d222f6a94.txt": "2025-04-30",
};

/** seeds.json writes precision as prose ("month (year inferred)"); map it to the schema's enum. */
function mapPrecision(label: string): { precision: Precision | "weekday-only" | "not a date"; inferred: boolean } {
  const base = label.split(" (")[0]!.trim();
  return { precision: base as Precision, inferred: label.includes("inferred") };
}

/** Every place the mention's words occur in the article. */
function occurrences(text: string, words: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) found.push(i);
  return found;
}

for (const seed of seeds) {
  const text = readFileSync(path.join(seedsDir, seed.file), "utf8");
  const reference = { date: REFERENCE_OVERRIDES[seed.file] ?? seed.published.slice(0, 10) };
  const expressions = scanDates(text);
  const overlapping = (at: number, length: number) => expressions.filter((e) => e.index < at + length && e.end > at);

  describe(`dates of seed ${seed.file} (reference ${reference.date})`, () => {
    for (const mention of seed.dated_mentions) {
      const { precision, inferred } = mapPrecision(mention.precision);
      const places = occurrences(text, mention.text);

      if (precision === "not a date") {
        it(`does not read '${mention.text}' as a date`, () => {
          expect(places.length).toBeGreaterThan(0);
          for (const at of places) expect(overlapping(at, mention.text.length)).toEqual([]);
        });
        continue;
      }

      if (precision === "weekday-only") {
        it(`reads '${mention.text}' as a bare weekday that needs the article's date`, () => {
          const hits = places.flatMap((at) => overlapping(at, mention.text.length));
          const bare = hits.find((e) => e.weekday !== undefined && e.day === undefined);
          expect(bare).toBeDefined();
          expect(resolveDate(bare!, null)).toBeNull();
          expect(resolveDate(bare!, reference)).toMatchObject({ precision: "day", relative: true, weekday: true });
        });
        continue;
      }

      it(`reads '${mention.text}' as ${mention.iso} (${mention.precision})`, () => {
        const resolved = places
          .flatMap((at) => overlapping(at, mention.text.length))
          .map((e) => resolveDate(e, reference));
        const match = resolved.find((r) => r?.iso === mention.iso && r.precision === precision);
        expect(match, JSON.stringify(resolved)).toBeDefined();
        if (inferred) expect(match!.inferred).toBe(true);
      });
    }
  });
}
