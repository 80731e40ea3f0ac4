/**
 * Content words of a sentence and how much two sentences share, to
 * recognise the same report told by two articles.
 */
import { z } from "zod";
import { loadLexicon } from "../../lexicon/load-lexicon.ts";

const Stopwords = z.object({ stopwords: z.array(z.string()) });
let stop: Set<string> | undefined;

/**
 * Lowercased words of four letters or more that are not function words,
 * with a common suffix ("-nya") removed.
 *
 * @example
 * contentWords("Pyongyang mengerahkan kembali tentaranya ke wilayah Kursk.")
 * //=> Set { "pyongyang", "mengerahkan", "kembali", "tentara", "wilayah", "kursk" }
 */
export function contentWords(sentence: string): Set<string> {
  stop ??= new Set(loadLexicon("stopwords", Stopwords).stopwords);
  const out = new Set<string>();
  for (const raw of sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
    const word = raw.endsWith("nya") && raw.length > 6 ? raw.slice(0, -3) : raw;
    if (!stop.has(word)) out.add(word);
  }
  return out;
}

/**
 * Shared content words over the smaller sentence's count (0–1), and how many
 * are shared.
 *
 * @example
 * overlap(contentWords("Ukraina merebut wilayah di perbatasan Kursk, Rusia, pada Agustus lalu"),
 *         contentWords("Pada bulan Agustus lalu, Ukraina membuat serangan kilat ke wilayah Rusia Kursk"))
 * //=> { score: 0.8, shared: 4 }
 */
export function overlap(a: Set<string>, b: Set<string>): { score: number; shared: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const least = Math.min(a.size, b.size);
  return { score: least === 0 ? 0 : shared / least, shared };
}
