/**
 * Test helper (the pipeline reads lines, not whole texts):
 * Cleans a whole article body given as text: split into lines, drop
 * boilerplate with `cleanLines`, and join what is left.
 */
import { cleanLines } from "../../../src/extract/clean/clean-lines.ts";
import type { Line } from "../../../src/extract/clean/line.ts";

/** Line breaks the cleaner splits on; the output joins lines with "\n". */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/**
 * Split text into its non-blank lines (1-based line numbers kept).
 *
 * @example
 * splitLines("a\n\n b") //=> [{ text: "a", line: 1 }, { text: " b", line: 3 }]
 */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  String(text ?? "")
    .split(LINE_BREAK)
    .forEach((t, i) => {
      if (t.trim() !== "") out.push({ text: t, line: i + 1 });
    });
  return out;
}

/**
 * The article text without boilerplate: the headline (if any) first, then
 * the kept lines, one per line. Idempotent: cleaning clean text changes
 * nothing.
 *
 * @example
 * cleanText("Korsel Sebut Korea Utara Tambah Pasukan\nAdvertisement\nSeoul: Korea Utara mengirim pasukan.\n(isa/isa)")
 * //=> "Korsel Sebut Korea Utara Tambah Pasukan\nSeoul: Korea Utara mengirim pasukan."
 */
export function cleanText(text: string): string {
  const { kept, headline } = cleanLines(splitLines(text));
  const out = kept.map((l) => l.text);
  if (headline !== null) out.unshift(headline.text);
  return out.join("\n");
}
