/**
 * Whether an input is a web page rather than an article's plain text: by its
 * file name, or by how its content starts.
 */

/** Markup a saved page starts with, after a byte-order mark, blank space and comments. */
const PAGE_START = /^(?:\uFEFF)?(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html[\s>]|head[\s>]|\?xml[^>]*>\s*<!doctype\s+html)/iu;

/**
 * True for a name ending in .html, .htm or .xhtml, or for content that starts
 * like an HTML document (`<!DOCTYPE html>`, `<html`, a leading comment such as
 * a browser's "saved from url" line). Only the first 2,000 characters are read.
 *
 * @example
 * looksLikeHtml("artikel.html", "")                       //=> true
 * looksLikeHtml("-", "<!-- saved from url=(0032)https://x.test/ -->\n<html>") //=> true
 * looksLikeHtml("artikel.txt", "Jakarta - Teks berita.")  //=> false
 */
export function looksLikeHtml(name: string, content: string): boolean {
  if (/\.(?:html?|xhtml)$/iu.test(name)) return true;
  return PAGE_START.test(content.slice(0, 2000));
}
