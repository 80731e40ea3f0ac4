/**
 * Every article of the seeds folder, parsed and checked: the entries to
 * publish and every problem found, in one pass.
 */
import { readFile } from "node:fs/promises";
import type { VFile } from "vfile";
import { listArticles } from "../ingest/list-articles.ts";
import { parseArticle } from "../extract/parse-article.ts";
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
  for (const item of list) {
    const bytes = await readFile(item.path);
    const { file, entry } = parseArticle({ name: item.name, bytes, folder: options.seeds });
    files.push(file);
    if (entry) entries.push(entry);
    options.onProgress?.(++done, list.length);
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
