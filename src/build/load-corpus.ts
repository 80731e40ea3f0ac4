/**
 * Every article of the seeds folder, parsed and checked: the entries to
 * publish and every problem found, in one pass.
 */
import { readFile } from "node:fs/promises";
import type { VFile } from "vfile";
import { listArticles } from "../ingest/list-articles.ts";
import { parseArticle } from "../extract/parse-article.ts";
import { toContext } from "../extract/published/context-entry.ts";
import type { Entry } from "../schema/entry.ts";
import { collectMessages, formatMessages, type MessageRecord } from "./format-messages.ts";

export interface CorpusOptions {
  /** The folder of articles. */
  seeds: string;
  /** Called after each article, for progress on long runs. */
  onProgress?: (done: number, total: number) => void;
}

export interface Corpus {
  entries: Entry[];
  files: VFile[];
  messages: MessageRecord[];
  /** True when any article has an error: nothing may be published. */
  failed: boolean;
  /** The messages formatted for people. */
  report: string;
  /** How many articles were parsed in this run. */
  parsed: number;
}

/**
 * Parse every article under `seeds`.
 *
 * @example
 * const corpus = await loadCorpus({ seeds: "seeds" });
 * corpus.entries.length //=> 5
 * corpus.failed         //=> false
 */
export async function loadCorpus(options: CorpusOptions): Promise<Corpus> {
  const { files: list, problems } = await listArticles(options.seeds);
  const files: VFile[] = [...problems];
  const entries: Entry[] = [];
  let done = 0;
  const parsed: { bytes: Uint8Array; name: string; file: VFile; entry: Entry | null }[] = [];
  for (const item of list) {
    const bytes = await readFile(item.path);
    parsed.push({ bytes, name: item.name, ...parseArticle({ name: item.name, bytes, folder: options.seeds }) });
    options.onProgress?.(++done, list.length);
  }
  // Second pass: undated articles are dated again with the dated ones as context.
  const context = toContext(parsed.flatMap((p) => (p.entry ? [p.entry] : [])));
  for (const p of parsed) {
    if (!p.entry?.published.estimated || context.length === 0) continue;
    Object.assign(p, parseArticle({ name: p.name, bytes: p.bytes, folder: options.seeds, context }));
  }
  for (const p of parsed) {
    files.push(p.file);
    if (p.entry) entries.push(p.entry);
  }
  if (list.length === 0 && problems.length === 0) {
    // Nothing to publish is a mistake worth stopping for, not an empty site.
    const { VFile } = await import("vfile");
    const file = new VFile({ path: options.seeds });
    file.message("No articles found; add .txt or .md files to this folder", { ruleId: "no-articles", source: "linimasa" }).fatal = true;
    files.push(file);
  }
  const messages = collectMessages(files);
  return {
    entries,
    files,
    messages,
    failed: messages.some((m) => m.severity === "error"),
    report: formatMessages(messages),
    parsed: list.length,
  };
}
