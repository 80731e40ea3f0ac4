/**
 * The one gate every address from a page or an editor passes: only http and
 * https are taken, so a `javascript:` or `data:` address never reaches an
 * article's front matter or a fetch.
 */

/**
 * `value` as an absolute http(s) address (resolved against `base` when it is
 * relative), or null when it is empty, unparseable or of another scheme.
 * Fragments are dropped; they name a place in a page, not the page.
 *
 * @example
 * httpUrl("https://www.kabarsatu.test/read/1#komentar") //=> "https://www.kabarsatu.test/read/1"
 * httpUrl("/read/2", "https://www.kabarsatu.test/read/1") //=> "https://www.kabarsatu.test/read/2"
 * httpUrl("javascript:alert(1)") //=> null
 * httpUrl(" data:text/html,x ")  //=> null
 */
export function httpUrl(value: string | null | undefined, base?: string | null): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  let parsed: URL;
  try {
    parsed = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  if (parsed.hostname === "") return null;
  parsed.hash = "";
  return parsed.href;
}
