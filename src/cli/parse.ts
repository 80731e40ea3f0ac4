/**
 * `npm run --silent parse -- FILE...`: print the entries of those files as a
 * JSON array, in the shape of /data/entries.json, without building the site.
 * The other articles in seeds/ (and the files given together) are context
 * for dating articles whose text states no date.
 *
 * Options: --seeds DIR (the context folder, default seeds).
 * Exit code 1 when any file has an error (messages on stderr).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadCorpus } from "../corpus/load-corpus.ts";
import { collectMessages, formatMessages } from "../corpus/format-messages.ts";
import { placeReadings } from "../extract/place/place-readings.ts";
import { readArticle } from "../extract/read/read-article.ts";
import { exitWhenFlushed } from "./exit-when-flushed.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seeds: { type: "string", default: "seeds" } },
});
if (positionals.length === 0) {
  process.stderr.write("Usage: npm run --silent parse -- FILE... [--seeds DIR]\n");
  process.exit(2);
}

const inputs = await Promise.all(
  positionals.map(async (p) => ({ name: path.basename(p), folder: path.dirname(p), bytes: await readFile(p) })),
);
const read = inputs.map((i) => readArticle(i));
const seeds = await loadCorpus({ seeds: values.seeds }).catch(() => null);
const given = new Set(positionals.map((p) => path.resolve(p)));
const others = (seeds?.entries ?? []).filter((e) => !given.has(path.resolve(values.seeds, e.file)));
const placed = placeReadings(
  read.map((r) => r.reading),
  read.map((r) => r.file.path),
  others,
);
const entries = placed.map((p) => p?.entry ?? null);

const report = formatMessages(collectMessages(read.flatMap((r, i) => [r.file, ...(placed[i] ? [placed[i]!.file] : [])])));
if (report) process.stderr.write(`${report}\n`);
process.stdout.write(`${JSON.stringify(entries.filter((e) => e !== null), null, 2)}\n`);
await exitWhenFlushed(entries.some((e) => e === null) ? 1 : 0);
