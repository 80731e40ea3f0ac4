/**
 * Turns a web page's bytes into text in the encoding the page declares.
 * Node's own TextDecoder reads windows-1252 as Latin-1 (curly quotes and
 * dashes become control characters), so legacy encodings go through
 * iconv-lite; UTF-8 through TextDecoder.
 */
import iconv from "iconv-lite";
import { findCharset } from "./find-charset.ts";

/**
 * The page as text. Bytes that are not valid in the declared encoding become
 * U+FFFD rather than an error: a page is read the way a browser shows it. An
 * encoding neither decoder knows is read as UTF-8.
 *
 * @example
 * decodePage(Uint8Array.from([0x4d, 0x41, 0x4b, 0x41, 0x53, 0x53, 0x41, 0x52, 0x20, 0x96]), "text/html; charset=windows-1252")
 * //=> "MAKASSAR –"
 * decodePage(new TextEncoder().encode("\uFEFF<html>Kabar</html>"), null) //=> "<html>Kabar</html>"
 */
export function decodePage(bytes: Uint8Array, contentType: string | null): string {
  const charset = findCharset(bytes, contentType);
  let text: string;
  if (charset === "utf-8" || !iconv.encodingExists(charset)) {
    text = new TextDecoder("utf-8").decode(bytes);
  } else {
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
