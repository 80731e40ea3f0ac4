/**
 * Parses exactly the annotated files of a corpus folder, through the loader
 * the build uses (so undated articles are dated by context as in a build).
 */
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadCorpus } from "../corpus/load-corpus.ts";
import type { Entry } from "../schema/entry.ts";
import type { GoldArticle } from "./gold-schema.ts";

export interface Annotated {
  gold: GoldArticle;
  /** The file's text as it is in the corpus folder. */
  text: string;
  /** The parsed entry, or null when the article was refused. */
  entry: Entry | null;
  /** Why it was refused: the loader's error messages ("no-text-left: No article text is left …"). */
  refusal: string[];
}

/**
 * Parse the files `gold` lists from `dir`. The corpus folder also holds
 * README.md and gold.json, which the loader would read as articles, so the
 * annotated files are copied to a temporary folder and loaded from there
 * with no cache; nothing is written into `dir`, and the temporary folder is
 * removed afterwards.
 *
 * @example
 * const files = await loadAnnotated("tests/score/fixtures/full", readGold("tests/score/fixtures/full"));
 * files.map((f) => f.entry === null) //=> [false, false, false, true]
 */
export async function loadAnnotated(dir: string, gold: readonly GoldArticle[]): Promise<Annotated[]> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "linimasa-score-"));
  try {
    for (const g of gold) await copyFile(path.join(dir, g.file), path.join(tmp, g.file));
    const corpus = await loadCorpus({ seeds: tmp, cache: null });
    const folder = tmp.split(path.sep).join("/");
    return await Promise.all(
      gold.map(async (g) => ({
        gold: g,
        text: await readFile(path.join(dir, g.file), "utf8"),
        entry: corpus.entries.find((e) => e.file === g.file) ?? null,
        refusal: corpus.messages
          .filter((m) => m.severity === "error" && m.file === `${folder}/${g.file}`)
          .map((m) => `${m.rule ?? "error"}: ${m.message}`),
      })),
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
