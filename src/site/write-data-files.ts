/**
 * The data downloads, written straight from the site data into the output
 * folder after Eleventy has rendered the pages: /data/entries.json (one entry
 * per line, written entry by entry, so a corpus of any size never becomes one
 * string in memory), /data/digest.json, /data/figures.csv and the JSON Feed.
 */
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import type { Digest } from "../schema/digest.ts";
import type { Entry } from "../schema/entry.ts";
import type { FeedItem } from "./feed-items.ts";
import { figuresCsv } from "./figures-csv.ts";
import { jsonFeed } from "./json-feed.ts";
import { toJson } from "./safe-json.ts";
import { loadSiteSettings } from "./site-settings.ts";

/** Write `items` as a JSON array, one item per line, waiting whenever the stream is full. */
async function writeJsonLines(file: string, items: readonly unknown[]): Promise<void> {
  const out = createWriteStream(file);
  const done = once(out, "finish");
  const failed = once(out, "error").then(([error]) => Promise.reject(error as Error));
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await Promise.race([once(out, "drain"), failed]);
  };
  await write("[");
  for (let i = 0; i < items.length; i++) await write(`${i === 0 ? "\n" : ",\n"}${toJson(items[i])}`);
  out.end("\n]\n");
  await Promise.race([done, failed]);
}

/**
 * Write the downloads of `data` under `<dir>/data/`, and the JSON Feed.
 *
 * @example
 * await writeDataFiles("_site", { raw: entries, digest, feed }) // _site/data/entries.json, digest.json, figures.csv, _site/feed.json
 */
export async function writeDataFiles(dir: string, data: { raw: readonly Entry[]; digest: Digest; feed: { items: readonly FeedItem[] } }): Promise<void> {
  const folder = path.join(dir, "data");
  await mkdir(folder, { recursive: true });
  await writeJsonLines(path.join(folder, "entries.json"), data.raw);
  const { ledgers, corroborations, provenance, disagreements, events } = data.digest;
  const digest = Object.entries({ ledgers, corroborations, provenance, disagreements, events })
    .map(([key, list]) => `"${key}": [${list.map((item) => `\n  ${toJson(item)}`).join(",")}${list.length ? "\n" : ""}]`)
    .join(",\n");
  await writeFile(path.join(folder, "digest.json"), `{\n${digest}\n}\n`);
  await writeFile(path.join(folder, "figures.csv"), figuresCsv(data.raw));
  const settings = loadSiteSettings();
  await writeFile(path.join(dir, settings.feeds.json), jsonFeed(data.feed.items, settings));
}
