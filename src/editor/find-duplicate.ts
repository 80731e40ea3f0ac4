/**
 * Whether an article is already in the seeds: the same text after
 * normalising whitespace and dropping boilerplate, or a near-duplicate by
 * shared word sequences.
 */
import type { Entry } from "../schema/entry.ts";

/** Two articles sharing this share of their five-word sequences are the same article. */
export const DEFAULT_SIMILARITY = 0.8;

/** The article's own text, whitespace and case normalised. */
export function normalisedText(entry: Pick<Entry, "paragraphs">): string {
  return entry.paragraphs
    .map((p) => p.text)
    .join(" ")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[“”"'’‘]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

function shingles(text: string): Set<string> {
  const words = text.split(" ");
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(" "));
  if (out.size === 0 && text) out.add(text);
  return out;
}

export interface Duplicate {
  file: string;
  /** 1 for the same text; otherwise the share of five-word sequences in common. */
  similarity: number;
}

/**
 * The existing entry `candidate` duplicates, if any (the most similar).
 *
 * @example
 * findDuplicate(newEntry, corpus.entries) //=> { file: "000_022d6d6978ebefb1.txt", similarity: 1 }
 */
export function findDuplicate(candidate: Pick<Entry, "paragraphs">, existing: readonly Entry[], threshold = DEFAULT_SIMILARITY): Duplicate | null {
  const text = normalisedText(candidate);
  const mine = shingles(text);
  let best: Duplicate | null = null;
  for (const other of existing) {
    const theirs = normalisedText(other);
    if (theirs === text) return { file: other.file, similarity: 1 };
    const set = shingles(theirs);
    let shared = 0;
    for (const s of mine) if (set.has(s)) shared++;
    // Containment in the smaller text: a copy with an extra paragraph is still a copy.
    const similarity = shared / Math.max(1, Math.min(mine.size, set.size));
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { file: other.file, similarity };
  }
  return best;
}
