/**
 * Adding an article for an editor: parse it, show what was understood,
 * refuse duplicates, and write it into seeds/ under a readable name that
 * never overwrites anything. An article read from a web page brings the
 * page's metadata as front matter; the editor's own fields win over it.
 */
import { writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { loadCorpus } from "../corpus/load-corpus.ts";
import { collectMessages, type MessageRecord } from "../corpus/format-messages.ts";
import { loadSiteSettings } from "../site/site-settings.ts";
import { topicScore } from "../digest/topic-check.ts";
import { parseArticle } from "../extract/parse-article.ts";
import { findSameUrl } from "../ingest/page/find-same-url.ts";
import type { FactKey, PageMetadata } from "../ingest/page/pick-metadata.ts";
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
  fields: { title?: string; outlet?: string; url?: string; published?: string; author?: string };
  /** What the page the article was read from states (see pageToArticle); `fields` win over it. */
  page?: { fields: Partial<Record<FactKey, string>>; metadata: PageMetadata };
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
  /** The article already in seeds/: by its text, or by its address (`url` set). */
  duplicate: (Duplicate & { url?: string }) | null;
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

/** The page's facts that reached the front matter (those the editor did not give), and its notes. */
function pageFacts(metadata: PageMetadata, given: Record<string, unknown>): NonNullable<EntrySummary["page"]> {
  const facts = Object.entries(metadata.facts).filter(([key]) => !(key in given));
  return { facts: Object.fromEntries(facts.map(([key, f]) => [key, { from: f.from, others: f.others }])), notes: metadata.notes };
}

/**
 * @example
 * await addArticle({ seeds: "seeds", text, source: "baru.txt", fields: {} })
 * //=> { ok: true, refused: null, file: "seeds/2025-03-13-antara-nis-…txt", summary: {…}, … }
 */
export async function addArticle(options: AddOptions): Promise<AddResult> {
  const given = Object.fromEntries(Object.entries(options.fields).filter(([, v]) => v !== undefined));
  const composed = addFrontMatter(options.text, { ...options.page?.fields, ...given });
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
  const summary: EntrySummary = describeEntry(entry, { ...topicScore(entry, settings.topic), name: settings.topic.name });
  if (options.page) summary.page = pageFacts(options.page.metadata, given);
  const sameUrl = findSameUrl(entry.source.url, corpus.entries);
  if (sameUrl) return { ok: false, refused: "duplicate", messages, summary, duplicate: { file: sameUrl.file, similarity: 1, url: sameUrl.url }, file: null };
  const duplicate = findDuplicate(entry, corpus.entries, options.similarity ?? DEFAULT_SIMILARITY);
  if (duplicate) return { ok: false, refused: "duplicate", messages, summary, duplicate, file: null };
  const file = path.join(options.seeds, freeName(options.seeds, articleName(entry)));
  if (!options.dryRun) await writeFile(file, composed.text, { flag: "wx" });
  return { ok: true, refused: null, messages, summary, duplicate: null, file };
}
