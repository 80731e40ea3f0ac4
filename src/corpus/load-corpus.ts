/**
 * Every article of the seeds folder, read, placed and checked: the entries
 * to publish and every problem found, in one pass. Readings of unchanged
 * articles come from the cache; new and changed articles are read on every
 * core; then every reading is placed (`placeReadings`), which is cheap.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listArticles } from "../ingest/list-articles.ts";
import type { Entry } from "../schema/entry.ts";
import { placeReadings } from "../extract/place/place-readings.ts";
import { DEFAULT_CACHE } from "./cache-folder.ts";
import { ArticleCache, type CachedReading } from "./article-cache.ts";
import { collectMessages, formatMessages, type MessageRecord } from "./format-messages.ts";
import { ReadPool } from "./read-pool.ts";
import { loadSiteSettings } from "../site/site-settings.ts";
import { topicScore } from "../digest/topic-check.ts";

export interface CorpusOptions {
  /** The folder of articles. */
  seeds: string;
  /** Cache folder, or null for none (default `.cache/linimasa`). */
  cache?: string | null;
  /** The parser fingerprint the cache is keyed by (default: PARSER_VERSION and the lexicons). */
  fingerprint?: string;
  /** Keep readings in memory for the next load in this process (the preview server). */
  remember?: boolean;
  /** Called as articles are read and parsed, for progress on long runs. */
  onProgress?: (done: number, total: number) => void;
}

export interface Corpus {
  entries: Entry[];
  messages: MessageRecord[];
  /** True when any article has an error: nothing may be published. */
  failed: boolean;
  /** The messages formatted for people. */
  report: string;
  /** How many articles there are, how many were read in this run, how many readings came from the cache. */
  total: number;
  parsed: number;
  cached: number;
  /** How many articles were dated from other articles (their text gives only an estimate). */
  datedFromContext: number;
}


/**
 * Parse every article under `seeds`.
 *
 * @example
 * const corpus = await loadCorpus({ seeds: "seeds" });
 * [corpus.entries.length, corpus.failed] //=> [5, false]
 */
export async function loadCorpus(options: CorpusOptions): Promise<Corpus> {
  const cache = options.cache === null ? null : new ArticleCache(options.cache ?? DEFAULT_CACHE, options.fingerprint, { remember: options.remember });
  const { files: list, problems } = await listArticles(options.seeds);
  const folder = options.seeds.split(path.sep).join("/");
  const items = await Promise.all(list.map(async (f) => ({ name: f.name, folder, bytes: new Uint8Array(await readFile(f.path)) })));
  const results: (CachedReading | null)[] = items.map(() => null);
  const keys = items.map((item) => cache?.key(item.name, item.bytes) ?? "");
  const todo: number[] = [];
  items.forEach((_, i) => {
    const hit = cache?.get(keys[i]!) ?? null;
    if (hit) results[i] = hit;
    else todo.push(i);
  });
  let done = items.length - todo.length;
  options.onProgress?.(done, items.length);
  const pool = new ReadPool();
  try {
    await pool.read(
      todo.map((i) => items[i]!),
      (j, result) => {
        const i = todo[j]!;
        results[i] = result;
        cache?.set(keys[i]!, result);
        options.onProgress?.(++done, items.length);
      },
    );
  } finally {
    await pool.close();
  }
  // A cached reading may come from the same article in another folder: name this one.
  const paths = items.map((item) => `${folder}/${item.name}`);
  const placed = placeReadings(
    results.map((r) => r?.reading ?? null),
    paths,
  );

  const settings = loadSiteSettings();
  const messages: MessageRecord[] = [...collectMessages(problems)];
  const entries: Entry[] = [];
  results.forEach((r, i) => {
    if (!r) return;
    const file = paths[i]!;
    messages.push(...r.messages.map((m) => ({ ...m, file })));
    const p = placed[i];
    if (!p) return;
    messages.push(...collectMessages([p.file]));
    if (!p.entry) return;
    entries.push(p.entry);
    const topic = topicScore(p.entry, settings.topic);
    if (!topic.onTopic) {
      messages.push({
        file,
        line: 1,
        column: 1,
        severity: "warning",
        rule: "off-topic",
        message: `This does not look like it is about ${settings.topic.name} (topic words found: ${topic.score}); check that it belongs here`,
      });
    }
  });
  if (items.length === 0 && problems.length === 0) {
    messages.push({ file: options.seeds, line: null, column: null, severity: "error", rule: "no-articles", message: "No articles found; add .txt or .md files to this folder" });
  }
  return {
    entries,
    messages,
    failed: messages.some((m) => m.severity === "error"),
    report: formatMessages(messages),
    total: items.length,
    parsed: todo.length,
    cached: items.length - todo.length,
    datedFromContext: entries.filter((e) => e.published?.basis === "context").length,
  };
}
