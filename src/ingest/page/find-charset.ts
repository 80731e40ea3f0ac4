/**
 * The character encoding of a web page, found as a browser finds it: a
 * byte-order mark, then the Content-Type header, then a `<meta charset>` (or
 * `http-equiv` Content-Type) near the top, else UTF-8.
 */

/** Labels that the Encoding Standard reads as windows-1252, as browsers do. */
const WINDOWS_1252 = new Set(["ascii", "us-ascii", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp1252", "cp819", "ibm819", "windows-1252", "x-cp1252"]);

/** A charset label cleaned up: lower case, and the Encoding Standard's name for the windows-1252 family. */
function normalise(label: string): string {
  const l = label.trim().replace(/^["']|["']$/gu, "").toLowerCase();
  if (WINDOWS_1252.has(l)) return "windows-1252";
  if (l === "utf8" || l === "unicode-1-1-utf-8") return "utf-8";
  return l;
}

/**
 * The page's charset label (normalised), never null: "utf-8" when nothing
 * says otherwise. Only the first 4,096 bytes are searched for a meta tag.
 *
 * @example
 * findCharset(bytes, "text/html; charset=ISO-8859-1")                  //=> "windows-1252"
 * findCharset(encode('<meta charset="windows-1252"><title>…'), null)   //=> "windows-1252"
 * findCharset(encode("<html>…"), "text/html")                          //=> "utf-8"
 */
export function findCharset(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  const fromHeader = /;\s*charset\s*=\s*("?)([^";\s]+)\1/iu.exec(contentType ?? "")?.[2];
  if (fromHeader) return normalise(fromHeader);
  // The head as Latin-1: every byte one character, so ASCII markup reads the same in any encoding.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/iu.exec(head)?.[1];
  return meta ? normalise(meta) : "utf-8";
}
