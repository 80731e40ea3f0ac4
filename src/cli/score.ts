/**
 * `npm run score`: how the parser does against hand-made annotations.
 *
 * Without options it scores the seeds against their hand-checked reference
 * (tests/fixtures/reference/seeds.json; that reference and its checks live
 * with the tests) and exits 1 when a check fails.
 *
 * With --corpus DIR it scores a folder of articles with a gold.json (see the
 * README): the misses and extras of every file, the figures by category, and
 * a summary of at most ten lines, last. It measures; it does not fail.
 *
 * Options: --corpus DIR, --json (machine-readable), --file NAME (every check
 * of one file of the corpus). Exit code 1 when gold.json is unusable, 2 on a
 * wrong option.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { exitWhenFlushed } from "./exit-when-flushed.ts";

const USAGE = "Usage: npm run score [-- --corpus DIR [--file NAME]] [--json]\n";

let values: { corpus?: string; json?: boolean; file?: string };
try {
  ({ values } = parseArgs({ options: { corpus: { type: "string" }, json: { type: "boolean", default: false }, file: { type: "string" } } }));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

if (values.corpus === undefined) {
  if (values.file !== undefined) {
    process.stderr.write(`--file needs --corpus\n${USAGE}`);
    process.exit(2);
  }
  const { seedScoreReport } = await import("../../tests/reference/print-score.ts");
  const { text, score, ok } = await seedScoreReport();
  process.stdout.write(values.json ? `${JSON.stringify(score, null, 2)}\n` : text);
  await exitWhenFlushed(ok ? 0 : 1);
}

const dir = values.corpus!;
if (!existsSync(dir)) {
  process.stderr.write(`${dir}: no such folder; give --corpus a folder holding the articles and their gold.json\n`);
  await exitWhenFlushed(1);
}
const { GoldError, readGold } = await import("../score/read-gold.ts");
let gold: Awaited<ReturnType<typeof readGold>>;
try {
  gold = readGold(dir);
} catch (error) {
  if (!(error instanceof GoldError)) throw error;
  process.stderr.write(`${error.message}\n`);
  await exitWhenFlushed(1);
}
if (values.file !== undefined && !gold!.some((g) => g.file === values.file)) {
  process.stderr.write(`${dir}/gold.json annotates no file named ${JSON.stringify(values.file)}\n`);
  await exitWhenFlushed(1);
}

// The parser and its lexicons load only once the corpus is known to be usable.
const { scoreCorpus } = await import("../score/score-corpus.ts");
const { formatArticle, formatCategories, formatSummary } = await import("../score/format-score.ts");
const result = await scoreCorpus(dir, gold!);
const files = values.file === undefined ? result.files : result.files.filter((f) => f.file === values.file);
if (values.json) {
  process.stdout.write(`${JSON.stringify({ corpus: dir, files, totals: result.totals }, null, 2)}\n`);
} else {
  const out: string[] = [];
  for (const file of files) {
    const lines = formatArticle(file, values.file !== undefined);
    if (lines.length > 0) out.push(`── ${file.file}`, ...lines.map((l) => `  ${l}`), "");
  }
  const categories = formatCategories(result.totals);
  out.push(...categories, ...(categories.length > 0 ? [""] : []), ...formatSummary(dir, result.totals));
  process.stdout.write(`${out.join("\n")}\n`);
}
await exitWhenFlushed(0);
