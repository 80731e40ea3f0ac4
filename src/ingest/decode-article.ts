/**
 * Turns the bytes of an article file into text, or reports why it cannot.
 */
import type { VFile } from "vfile";

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * The largest article file read, in bytes (1 MiB). A news article is a few
 * kilobytes and a very long feature a few hundred; a file past this is not one
 * article (a saved web page, a book, a dump) and would only slow every build.
 */
export const MAX_ARTICLE_BYTES = 1 << 20;

/** 1-based line and column of a byte offset in bytes that decode up to it. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Offset of the first byte that breaks UTF-8, or -1. Overlong forms, UTF-16
 * surrogates (ED A0..BF) and code points past U+10FFFF are invalid too, as
 * the decoder says; the second byte's range depends on the first.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decode an article's bytes as strict UTF-8, drop a byte-order mark and turn
 * CRLF or CR line endings into LF. Files over MAX_ARTICLE_BYTES, binary files
 * (NUL bytes), invalid UTF-8 and empty files become fatal messages on `file`
 * with their line and column.
 *
 * @example
 * decodeArticle(new TextEncoder().encode("\uFEFFJakarta -\r\nTeks."), file)
 * //=> "Jakarta -\nTeks."
 */
export function decodeArticle(bytes: Uint8Array, file: VFile): string | null {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const size = (n: number) => `${(n / (1 << 20)).toFixed(1)} MB`;
    file.message(
      `The file is ${size(bytes.length)}, more than the ${size(MAX_ARTICLE_BYTES)} an article may be; keep only the article's own text (split a collection into one file per article)`,
      { place: placeOfByte(bytes, MAX_ARTICLE_BYTES), ruleId: "file-too-large", source: "linimasa" },
    ).fatal = true;
    return null;
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    file.message("The file holds NUL bytes, so it is binary, not an article; save the article as plain UTF-8 text", {
      place: placeOfByte(bytes, nul),
      ruleId: "binary-file",
      source: "linimasa",
    }).fatal = true;
    return null;
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    file.message(
      "The file is not valid UTF-8; re-save it as UTF-8 (in most editors: Save with Encoding → UTF-8)",
      { place: placeOfByte(bytes, Math.max(bad, 0)), ruleId: "not-utf8", source: "linimasa" },
    ).fatal = true;
    return null;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") {
    file.message("The file is empty; paste the article's text into it or delete it", {
      place: { line: 1, column: 1 },
      ruleId: "empty-file",
      source: "linimasa",
    }).fatal = true;
    return null;
  }
  return text;
}
