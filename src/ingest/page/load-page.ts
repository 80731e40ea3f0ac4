/**
 * Reads the page an editor gives `add`: fetched from its http(s) address, or
 * read from a file saved from the browser.
 */
import { readFile, stat } from "node:fs/promises";
import { decodePage } from "./decode-page.ts";
import { DEFAULT_MAX_BYTES, fetchPage, type FetchLimits } from "./fetch-page.ts";
import { PageError } from "./page-error.ts";
import { savedFromUrl } from "./saved-from-url.ts";

export interface LoadedPage {
  html: string;
  /** Where the page lives: the address fetched (after redirects), or a saved page's "saved from url". */
  url: string | null;
}

/** An input that names a scheme ("https://…", "javascript:…") rather than a file. */
export const isAddress = (input: string): boolean => /^[a-z][a-z0-9+.-]*:/iu.test(input) && !/^[a-z]:[\\/]/iu.test(input);

/**
 * The page's HTML and address. `input` is an http(s) address or a path to a
 * saved .html file; any other address (javascript:, data:, file:) is refused.
 *
 * @example
 * await loadPage("https://news.suarakini.test/internasional/d-7712345/x")
 * //=> { html: "<!doctype html>…", url: "https://news.suarakini.test/internasional/d-7712345/x" }
 * await loadPage("halaman.html") //=> { html: "<!doctype html>…", url: null }
 */
export async function loadPage(input: string, limits: FetchLimits = {}): Promise<LoadedPage> {
  if (isAddress(input)) {
    const page = await fetchPage(input, limits);
    return { html: decodePage(page.bytes, page.contentType), url: page.url };
  }
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = (await stat(input).catch(() => null))?.size;
  if (size !== undefined && size > maxBytes) {
    throw new PageError("too-large", `${input} is larger than ${(maxBytes / (1 << 20)).toFixed(1)} MB, too large for one article page; save the article's text from the browser and add that file instead`);
  }
  const bytes = await readFile(input).catch(() => null);
  if (bytes === null) throw new PageError("unreadable-file", `${input}: cannot read this file; check the path`);
  const html = decodePage(bytes, null);
  return { html, url: savedFromUrl(html) };
}
