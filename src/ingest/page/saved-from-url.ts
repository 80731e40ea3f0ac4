/**
 * The address a browser noted when it saved a page: Chromium and Internet
 * Explorer write `<!-- saved from url=(0071)https://… -->` at the top.
 */
import { httpUrl } from "./http-url.ts";

/**
 * The http(s) address of a saved page's "saved from url" comment (in its
 * first 2,000 characters), or null.
 *
 * @example
 * savedFromUrl("<!DOCTYPE html>\n<!-- saved from url=(0036)https://www.kabarsatu.test/read/1 -->\n<html>")
 * //=> "https://www.kabarsatu.test/read/1"
 * savedFromUrl("<!-- saved from url=(0019)javascript:alert(1) -->") //=> null
 */
export function savedFromUrl(html: string): string | null {
  const m = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/iu.exec(html.slice(0, 2000));
  return m ? httpUrl(m[1]) : null;
}
