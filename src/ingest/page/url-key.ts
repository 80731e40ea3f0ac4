/**
 * One key per article address, so that the same article reached by http or
 * https, with or without "www.", a trailing slash or a tracking parameter
 * counts as the same address.
 */
import { httpUrl } from "./http-url.ts";

/** Query parameters that track a visit rather than name a page. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|igshid|ref|ref_src|src|source|from|amp)$/iu;

/**
 * The comparison key of an http(s) address, or null for anything else.
 *
 * @example
 * urlKey("https://www.KabarDunia.test/global/read/5901234/judul/?utm_source=facebook#x")
 * //=> "kabardunia.test/global/read/5901234/judul"
 * urlKey("http://kabardunia.test/global/read/5901234/judul") //=> "kabardunia.test/global/read/5901234/judul"
 * urlKey("javascript:alert(1)") //=> null
 */
export function urlKey(url: string | null | undefined): string | null {
  const href = httpUrl(url);
  if (href === null) return null;
  const u = new URL(href);
  for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
  u.searchParams.sort();
  const host = u.hostname.toLowerCase().replace(/^www\./u, "").replace(/\.$/u, "");
  const port = u.port === "" ? "" : `:${u.port}`;
  const pathname = u.pathname.replace(/\/+$/u, "");
  return `${host}${port}${pathname}${u.search}`;
}
