/**
 * `npm run add -- FILE` (or `-` for standard input): add an article to
 * seeds/, showing what linimasa understood of it, then rebuild.
 *
 * Options: --url, --outlet, --published, --title (written into its front
 * matter); --no-build; --dry-run (only show); --similarity 0.8 (share of
 * five-word sequences that makes a near-duplicate); --seeds DIR; --out DIR;
 * --json (for tools).
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { formatMessages } from "../corpus/format-messages.ts";
import { addArticle } from "../editor/add-article.ts";
import { formatSummary } from "../editor/describe-entry.ts";
import { runBuild } from "./run-build.ts";
import { exitWhenFlushed } from "./exit-when-flushed.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: "string" },
    outlet: { type: "string" },
    published: { type: "string" },
    title: { type: "string" },
    "no-build": { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    similarity: { type: "string" },
    seeds: { type: "string", default: "seeds" },
    out: { type: "string", default: "_site" },
    cache: { type: "string" },
    json: { type: "boolean", default: false },
  },
});

const input = positionals[0];
if (input === undefined || positionals.length > 1) {
  process.stderr.write("Usage: npm run add -- FILE|- [--title T] [--outlet O] [--url U] [--published YYYY-MM-DD] [--dry-run] [--no-build]\n");
  process.exit(2);
}
const text = input === "-" ? await new Response(process.stdin as unknown as ReadableStream).text() : await readFile(input, "utf8").catch(() => null);
if (text === null) {
  process.stderr.write(`${input}: cannot read this file; check the path\n`);
  process.exit(2);
}
const similarity = values.similarity === undefined ? undefined : Number(values.similarity);
const result = await addArticle({
  seeds: values.seeds,
  text,
  source: input === "-" ? "stdin" : input,
  fields: { title: values.title, outlet: values.outlet, url: values.url, published: values.published },
  similarity,
  dryRun: values["dry-run"],
  cache: values.cache,
});

let built: Awaited<ReturnType<typeof runBuild>> | null = null;
if (result.ok && !values["dry-run"] && !values["no-build"]) built = await runBuild({ seeds: values.seeds, out: values.out, cache: values.cache, quiet: values.json });

if (values.json) {
  process.stdout.write(`${JSON.stringify({ ...result, built: built && { ok: built.ok, parsed: built.parsed, cached: built.cached } }, null, 2)}\n`);
} else {
  if (result.summary) process.stdout.write(`What linimasa understood of ${input === "-" ? "the text" : input}:\n${formatSummary(result.summary)}\n`);
  const report = formatMessages(result.messages.filter((m) => m.severity === "error"));
  if (report) process.stderr.write(`${report}\n`);
  if (result.refused === "duplicate" && result.duplicate) {
    const how = result.duplicate.similarity === 1 ? "the same text as" : `${Math.round(result.duplicate.similarity * 100)}% the same as`;
    process.stderr.write(`Not added: this is ${how} ${values.seeds}/${result.duplicate.file}.\n`);
  } else if (result.refused) {
    process.stderr.write("Not added: fix the problems above and run the command again.\n");
  } else if (values["dry-run"]) {
    process.stdout.write(`Dry run: would write ${result.file}.\n`);
  } else {
    process.stdout.write(`Added ${result.file}.\n`);
  }
}
await exitWhenFlushed(!result.ok || (built !== null && !built.ok) ? 1 : 0);
