/**
 * Scores a corpus folder against its gold.json.
 */
import { loadAnnotated } from "./load-annotated.ts";
import type { GoldArticle } from "./gold-schema.ts";
import { readGold } from "./read-gold.ts";
import { scoreArticle, type ArticleScore } from "./score-article.ts";
import { sumScores, type Totals } from "./sum-scores.ts";

export interface CorpusScore {
  /** The folder, as given. */
  corpus: string;
  files: ArticleScore[];
  totals: Totals;
}

/**
 * Parse the files `dir`'s gold.json lists (or `gold`, read already), as a
 * build would, and score each against its annotation. Throws a GoldError
 * when gold.json is unusable.
 *
 * @example
 * const { totals } = await scoreCorpus("tests/score/fixtures/full");
 * totals.refused //=> { n: 1, of: 4 }
 */
export async function scoreCorpus(dir: string, gold: readonly GoldArticle[] = readGold(dir)): Promise<CorpusScore> {
  const files = (await loadAnnotated(dir, gold)).map(scoreArticle);
  return { corpus: dir, files, totals: sumScores(files) };
}
