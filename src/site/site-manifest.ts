/**
 * The manifest of the last site a build wrote to an output folder, kept in
 * the cache folder (never in the site): what it was made from, and the hash
 * and file of each of its paginated pages, so that the next build can carry
 * unchanged pages over, or do nothing when nothing changed.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MessageRecord } from "../corpus/format-messages.ts";

/** One rendered page of a site: its view's hash and its file under the site folder. */
export interface PageRecord {
  hash: string;
  file: string;
}

export interface SiteManifest {
  /** The templates, code and settings the site was rendered with. */
  inputs: string;
  /** Everything it was made from: the inputs and every article's name and bytes. */
  key: string;
  /** The records its search index was made from. */
  search: string;
  /** Pages of the paginated collections, by URL. */
  pages: Record<string, PageRecord>;
  /** How many articles it shows. */
  articles: number;
  /** What the build that made it said about the articles (repeated by a build that finds nothing to do). */
  messages: MessageRecord[];
}

const sha = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 32);

/** Where the manifest of the site at `out` is kept in `cache`. */
export function manifestFile(cache: string, out: string): string {
  return path.join(cache, "sites", `${sha(path.resolve(out))}.json`);
}

/**
 * The manifest of the site at `out`, or null when there is none or the site
 * is gone.
 *
 * @example
 * await readManifest(".cache/linimasa", "_site") //=> { inputs: "…", key: "…", pages: { "/artikel/…/": { hash: "…", file: "artikel/…/index.html" } }, … }
 */
export async function readManifest(cache: string | null, out: string): Promise<SiteManifest | null> {
  if (cache === null) return null;
  const there = await stat(out).then(
    () => true,
    () => false,
  );
  if (!there) return null;
  try {
    return JSON.parse(await readFile(manifestFile(cache, out), "utf8")) as SiteManifest;
  } catch {
    return null;
  }
}

/** Forget the manifest of `out` (before the site beside it changes). */
export async function dropManifest(cache: string | null, out: string): Promise<void> {
  if (cache !== null) await rm(manifestFile(cache, out), { force: true });
}

/** Keep the manifest of the site now at `out`. */
export async function writeManifest(cache: string | null, out: string, manifest: SiteManifest): Promise<void> {
  if (cache === null) return;
  const file = manifestFile(cache, out);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(manifest));
  await rename(`${file}.${process.pid}.tmp`, file);
}
