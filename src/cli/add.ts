/**
 * `npm run add -- URL|PAGE.html|FILE|-`: add an article to seeds/, showing
 * what linimasa understood of it, then rebuild. A URL is fetched and a saved
 * page read (a file ending in .html/.htm, or starting like HTML): the
 * article's text comes out of the page and its metadata becomes front matter.
 * Anything else is the article's text (`-` for standard input).
 *
 * Options: --url, --outlet, --published, --title, --author (written into its
 * front matter; they win over the page's); --no-build; --dry-run (only
 * show); --similarity 0.8 (share of five-word sequences that makes a
 * near-duplicate); --seeds DIR; --out DIR; --json (for tools).
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { isAddress, loadPage } from "../ingest/page/load-page.ts";
import { looksLikeHtml } from "../ingest/page/looks-like-html.ts";
import { PageError } from "../ingest/page/page-error.ts";
import { pageToArticle, type PageArticle } from "../ingest/page/page-to-article.ts";
import { savedFromUrl } from "../ingest/page/saved-from-url.ts";
import { exitWhenFlushed } from "./exit-when-flushed.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: "string" },
    outlet: { type: "string" },
    published: { type: "string" },
    title: { type: "string" },
    author: { type: "string" },
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
  process.stderr.write("Usage: npm run add -- URL|PAGE.html|FILE|- [--title T] [--outlet O] [--author A] [--url U] [--published YYYY-MM-DD[THH:MM]] [--dry-run] [--no-build] [--json]\n");
  process.exit(2);
}

/** The article's text, and the page it came from when it came from one; a page that fails exits here. */
async function readInput(name: string): Promise<{ text: string; page: PageArticle | null }> {
  try {
    if (isAddress(name)) {
      const loaded = await loadPage(name);
      const page = pageToArticle(loaded.html, loaded.url);
      return { text: page.text, page };
    }
    const text = name === "-" ? await new Response(process.stdin as unknown as ReadableStream).text() : await readFile(name, "utf8").catch(() => null);
    if (text === null) throw new PageError("unreadable-file", `${name}: cannot read this file; check the path`);
    if (!looksLikeHtml(name, text)) return { text, page: null };
    const loaded = name === "-" ? { html: text, url: savedFromUrl(text) } : await loadPage(name);
    const page = pageToArticle(loaded.html, loaded.url);
    return { text: page.text, page };
  } catch (error) {
    if (!(error instanceof PageError)) throw error;
    process.stderr.write(`${error.message.includes(name) ? "" : `${name}: `}${error.message}\nNot added: nothing was written.\n`);
    return await exitWhenFlushed(error.exitCode);
  }
}

const { text, page } = await readInput(input);
// The parser and the site builder load once the input is read, so a page that cannot be had is reported at once.
const [{ addArticle }, { formatSummary }, { formatMessages }, { runBuild }] = await Promise.all([
  import("../editor/add-article.ts"),
  import("../editor/describe-entry.ts"),
  import("../corpus/format-messages.ts"),
  import("./run-build.ts"),
]);
const similarity = values.similarity === undefined ? undefined : Number(values.similarity);
const result = await addArticle({
  seeds: values.seeds,
  text,
  source: input === "-" ? "stdin" : input,
  fields: { title: values.title, outlet: values.outlet, url: values.url, published: values.published, author: values.author },
  page: page ?? undefined,
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
  if (result.refused === "duplicate" && result.duplicate?.url) {
    process.stderr.write(`Not added: this is the same address (${result.duplicate.url}) as ${values.seeds}/${result.duplicate.file}.\n`);
  } else if (result.refused === "duplicate" && result.duplicate) {
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
