/**
 * Whether an article's address is already in the seeds: the same page
 * reached again (by http or https, with or without "www.", a trailing slash
 * or a tracking parameter) is the same article, whatever its text.
 */
import { urlKey } from "./url-key.ts";

/** What an entry needs for the comparison. */
export interface EntryWithUrl {
  file: string;
  source: { url: string | null };
}

/**
 * The first of `entries` whose URL is the same address as `url`, or null.
 *
 * @example
 * findSameUrl("http://kabardunia.test/global/read/5901234/judul/?utm_source=x", corpus.entries)
 * //=> { file: "2025-02-05-kabardunia-id-korea-utara-tarik.txt", url: "https://www.kabardunia.test/global/read/5901234/judul" }
 */
export function findSameUrl(url: string | null | undefined, entries: readonly EntryWithUrl[]): { file: string; url: string } | null {
  const key = urlKey(url);
  if (key === null) return null;
  for (const entry of entries) {
    if (entry.source.url !== null && urlKey(entry.source.url) === key) return { file: entry.file, url: entry.source.url };
  }
  return null;
}
