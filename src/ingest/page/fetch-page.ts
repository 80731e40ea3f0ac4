/**
 * Fetches one web page for an editor: redirects followed by hand (a limit,
 * loop detection, http(s) targets only), a timeout over the whole exchange, a
 * size limit enforced while the body streams, and a check that the answer is
 * HTML. Every failure is a PageError saying what happened and what to do.
 */
import { httpUrl } from "./http-url.ts";
import { looksLikeHtml } from "./looks-like-html.ts";
import { PageError } from "./page-error.ts";
import { readLimitedBody } from "./read-limited-body.ts";

/** Limits of one fetch; the defaults suit a news article page. */
export interface FetchLimits {
  /** Whole exchange, redirects and body included (default 20 s). */
  timeoutMs?: number;
  /** Largest body taken (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 10). */
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The address the page was finally served from, after redirects. */
  url: string;
  bytes: Uint8Array;
  /** The Content-Type header, if any. */
  contentType: string | null;
}

/** The largest page taken, fetched or saved: 5 MiB (a heavy news page is under 2). */
export const DEFAULT_MAX_BYTES = 5 << 20;

export const USER_AGENT = "linimasa/0.1 (news digest; fetches one article page an editor asked for)";
const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/iu;

/** One line for a failure of fetch itself (no HTTP answer). */
function networkError(error: unknown, url: string, timeoutMs: number): PageError {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError") {
    return new PageError("timeout", `${url} did not answer within ${+(timeoutMs / 1000).toFixed(1)} s; try again later, or save the page from the browser and add the .html file`);
  }
  const code = e?.cause?.code ?? "";
  const host = new URL(url).host;
  const what =
    code === "ECONNREFUSED" ? `${host} refused the connection`
    : code === "ENOTFOUND" || code === "EAI_AGAIN" ? `the host ${host} was not found`
    : code === "ECONNRESET" ? `${host} closed the connection`
    : `the connection to ${host} failed (${e?.cause?.message ?? e?.message ?? String(error)})`;
  return new PageError("network", `Could not fetch ${url}: ${what}; check the address and the network, or save the page from the browser and add the .html file`);
}

/**
 * Fetch `address` (http or https only) and return its bytes.
 *
 * @example
 * await fetchPage("https://www.kabarsatu.test/read/2024/11/25/1/judul")
 * //=> { url: "https://www.kabarsatu.test/read/2024/11/25/1/judul", bytes: Uint8Array(48211), contentType: "text/html; charset=utf-8" }
 * await fetchPage("http://127.0.0.1:9/")
 * //=> throws PageError("network", "Could not fetch http://127.0.0.1:9/: 127.0.0.1:9 refused the connection; …")
 */
export async function fetchPage(address: string, limits: FetchLimits = {}): Promise<FetchedPage> {
  const timeoutMs = limits.timeoutMs ?? 20_000;
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = limits.maxRedirects ?? 10;
  const start = httpUrl(address);
  if (start === null) throw new PageError("bad-address", `${address} is not an http or https address; only web pages can be fetched (javascript:, data: and file: addresses are refused)`);
  const signal = AbortSignal.timeout(timeoutMs);
  const seen = new Set<string>();
  let url = start;
  for (let hops = 0; ; hops++) {
    seen.add(url);
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: "manual",
        signal,
        headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", "accept-language": "id,en;q=0.5" },
      });
    } catch (error) {
      throw networkError(error, url, timeoutMs);
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get("location");
      const next = location === null ? null : httpUrl(location, url);
      if (location === null) throw new PageError("http-status", `${url} answered ${response.status} (a redirect) without saying where to; open it in a browser and add the address it ends at`);
      if (next === null) throw new PageError("bad-address", `${url} redirects to ${location}, which is not an http or https address; it was not followed`);
      if (seen.has(next)) throw new PageError("redirect-loop", `${url} redirects in a loop (back to ${next}); open it in a browser and add the address it ends at, or save the page and add the .html file`);
      if (hops + 1 > maxRedirects) throw new PageError("too-many-redirects", `${start} redirected more than ${maxRedirects} times; open it in a browser and add the address it ends at`);
      url = next;
      continue;
    }
    if (response.status < 200 || response.status >= 300) {
      await response.body?.cancel().catch(() => undefined);
      const text = response.statusText ? ` ${response.statusText}` : "";
      throw new PageError("http-status", `${url} answered ${response.status}${text}; check the address (a removed or paywalled article cannot be fetched: save it from the browser and add the .html file)`);
    }
    const contentType = response.headers.get("content-type");
    if (contentType !== null && !HTML_TYPES.test(contentType)) {
      await response.body?.cancel().catch(() => undefined);
      throw new PageError("not-html", `${url} is not a web page (it is ${contentType.split(";")[0]!.trim()}); give the address of the article's page`);
    }
    const declared = Number(response.headers.get("content-length") ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new PageError("too-large", `The page is larger than ${(maxBytes / (1 << 20)).toFixed(1)} MB, too large for one article; save the article's text from the browser and add that file instead`);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readLimitedBody(response.body, maxBytes);
    } catch (error) {
      if (error instanceof PageError) throw error;
      throw networkError(error, url, timeoutMs);
    }
    if (contentType === null && !looksLikeHtml("", new TextDecoder().decode(bytes.subarray(0, 2000)))) {
      throw new PageError("not-html", `${url} did not say what it is and does not look like a web page; give the address of the article's page`);
    }
    return { url, bytes, contentType };
  }
}
