/**
 * One build: parse the seeds (using the cache), stop on any error, render
 * the site atomically. Shared by `npm run build` and `npm run add`.
 */
import { loadCorpus } from "../corpus/load-corpus.ts";
import type { MessageRecord } from "../corpus/format-messages.ts";
import { renderSite } from "../site/render-site.ts";
import { buildSiteData } from "../site/site-data.ts";

export interface BuildOptions {
  seeds: string;
  out: string;
  /** Cache folder; undefined for the default, null for none. */
  cache?: string | null;
  /** Say nothing on the terminal (for --json). */
  quiet?: boolean;
}

export interface BuildResult {
  ok: boolean;
  total: number;
  parsed: number;
  cached: number;
  /** Articles dated from other articles (see loadCorpus). */
  datedFromContext: number;
  pages: number;
  seconds: number;
  /** Seconds spent parsing (with the cache) and rendering. */
  parseSeconds: number;
  renderSeconds: number;
  /** Seconds of the rendering spent building the search index. */
  searchSeconds: number;
  /** Peak resident memory of the process so far, in MiB. */
  maxRssMb: number;
  messages: MessageRecord[];
}

/** Progress on standard error for long runs: a line every 10%, or in place on a terminal. */
function progress(quiet: boolean): ((done: number, total: number) => void) | undefined {
  if (quiet) return undefined;
  let shown = -1;
  return (done, total) => {
    if (total < 200) return;
    const tenth = Math.floor((done * 10) / total);
    if (process.stderr.isTTY) process.stderr.write(`\rParsing articles: ${done}/${total}${done === total ? "\n" : ""}`);
    else if (tenth !== shown) {
      shown = tenth;
      process.stderr.write(`Parsing articles: ${done}/${total}\n`);
    }
  };
}

/**
 * @example
 * await runBuild({ seeds: "seeds", out: "_site" })
 * //=> { ok: true, total: 5, parsed: 0, cached: 5, pages: 31, seconds: 1.2, messages: [...] }
 */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const say = (text: string): void => {
    if (!options.quiet) process.stderr.write(text);
  };
  const corpus = await loadCorpus({ seeds: options.seeds, cache: options.cache, onProgress: progress(options.quiet ?? false) });
  const parsedAt = performance.now();
  if (corpus.report) say(`${corpus.report}\n`);
  const seconds = (from: number): number => (performance.now() - from) / 1000;
  const memory = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
  const result = { ok: false, total: corpus.total, parsed: corpus.parsed, cached: corpus.cached, datedFromContext: corpus.datedFromContext, pages: 0, messages: corpus.messages, parseSeconds: seconds(started), renderSeconds: 0, searchSeconds: 0 };
  if (corpus.failed) {
    say(`Build stopped: fix the errors above; ${options.out}/ was left as it was.\n`);
    return { ...result, seconds: seconds(started), maxRssMb: memory() };
  }
  try {
    const { pages, searchSeconds } = await renderSite({ out: options.out, site: buildSiteData(corpus.entries) });
    return { ...result, ok: true, pages, searchSeconds, renderSeconds: seconds(parsedAt), seconds: seconds(started), maxRssMb: memory() };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    say(`Rendering failed: ${why}\nThis is a bug in linimasa, not in the articles; ${options.out}/ was left as it was.\n`);
    const message = { file: options.seeds, line: null, column: null, severity: "error" as const, rule: "render-failed", message: why };
    return { ...result, messages: [...result.messages, message], renderSeconds: seconds(parsedAt), seconds: seconds(started), maxRssMb: memory() };
  }
}
