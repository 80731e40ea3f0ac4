/**
 * Turns the bytes of an article file into text, or reports why it cannot.
 */
import type { VFile } from "vfile";

const decoder = new TextDecoder("utf-8", { fatal: true });

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

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decode an article's bytes as strict UTF-8, drop a byte-order mark and turn
 * CRLF or CR line endings into LF. Binary files (NUL bytes), invalid UTF-8 and
 * empty files become fatal messages on `file` with their line and column.
 *
 * @example
 * decodeArticle(new TextEncoder().encode("\uFEFFJakarta -\r\nTeks."), file)
 * //=> "Jakarta -\nTeks."
 */
export function decodeArticle(bytes: Uint8Array, file: VFile): string | null {
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
