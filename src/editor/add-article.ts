/**
 * Adding an article for an editor: parse it, show what was understood,
 * refuse duplicates, and write it into seeds/ under a readable name that
 * never overwrites anything.
 */
import { writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { loadCorpus } from "../corpus/load-corpus.ts";
import { collectMessages, type MessageRecord } from "../corpus/format-messages.ts";
import { loadSiteSettings } from "../site/site-settings.ts";
import { topicScore } from "../digest/topic-check.ts";
import { parseArticle } from "../extract/parse-article.ts";
import { addFrontMatter } from "./add-front-matter.ts";
import { articleName } from "./article-name.ts";
import { describeEntry, type EntrySummary } from "./describe-entry.ts";
import { DEFAULT_SIMILARITY, findDuplicate, type Duplicate } from "./find-duplicate.ts";

export interface AddOptions {
  seeds: string;
  /** The article as given (file content or standard input). */
  text: string;
  /** Where it came from, for messages ("new.txt", "stdin"). */
  source: string;
  fields: { title?: string; outlet?: string; url?: string; published?: string };
  similarity?: number;
  dryRun?: boolean;
  cache?: string | null;
}

export interface AddResult {
  ok: boolean;
  /** Why nothing was written. */
  refused: "invalid" | "duplicate" | "conflict" | null;
  messages: MessageRecord[];
  summary: EntrySummary | null;
  duplicate: Duplicate | null;
  /** The file written (or that would be written, on a dry run). */
  file: string | null;
}

/** Lines of messages about the composed text, moved back to the lines of the editor's file. */
function shiftLines(messages: MessageRecord[], after: number, by: number, source: string): MessageRecord[] {
  return messages.map((m) => ({ ...m, file: source, line: m.line !== null && m.line > after + by ? m.line - by : m.line }));
}

/** A name in `dir` that does not exist yet: name.txt, name-2.txt, … */
function freeName(dir: string, name: string): string {
  const base = name.replace(/\.txt$/u, "");
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}.txt` : `${base}-${n}.txt`;
    if (!existsSync(path.join(dir, candidate))) return candidate;
  }
}

/**
 * @example
 * await addArticle({ seeds: "seeds", text, source: "baru.txt", fields: {} })
 * //=> { ok: true, refused: null, file: "seeds/2025-03-13-antara-nis-…txt", summary: {…}, … }
 */
export async function addArticle(options: AddOptions): Promise<AddResult> {
  const composed = addFrontMatter(options.text, options.fields);
  const none = { summary: null, duplicate: null, file: null };
  if (composed.conflicts.length > 0) {
    const message = `The file's front matter already sets ${composed.conflicts.join(", ")}; drop the option or the key`;
    return { ok: false, refused: "conflict", messages: [{ file: options.source, line: 1, column: 1, severity: "error", rule: "front-matter-conflict", message }], ...none };
  }
  const corpus = await loadCorpus({ seeds: options.seeds, cache: options.cache });
  const bytes = new TextEncoder().encode(composed.text);
  const { files, entry } = parseArticle({ name: path.basename(options.source), folder: path.dirname(options.source), bytes }, corpus.entries);
  const messages = shiftLines(collectMessages(files), composed.insertedAfter, composed.inserted, options.source);
  if (!entry) return { ok: false, refused: "invalid", messages, ...none };
  const settings = loadSiteSettings();
  const summary = describeEntry(entry, { ...topicScore(entry, settings.topic), name: settings.topic.name });
  const duplicate = findDuplicate(entry, corpus.entries, options.similarity ?? DEFAULT_SIMILARITY);
  if (duplicate) return { ok: false, refused: "duplicate", messages, summary, duplicate, file: null };
  const file = path.join(options.seeds, freeName(options.seeds, articleName(entry)));
  if (!options.dryRun) await writeFile(file, composed.text, { flag: "wx" });
  return { ok: true, refused: null, messages, summary, duplicate: null, file };
}
