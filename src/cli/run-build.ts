/**
 * One build: parse the seeds (using the cache), stop on any error, render
 * the site atomically. Shared by `npm run build` and `npm run add`.
 */
import path from "node:path";
import { corpusKey } from "../corpus/corpus-key.ts";
import { formatMessages, type MessageRecord } from "../corpus/format-messages.ts";
import { DEFAULT_CACHE } from "../corpus/cache-folder.ts";
import { readManifest } from "../site/site-manifest.ts";

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
  /** Pages rendered, and pages carried over unchanged from the last site. */
  pages: number;
  carried: number;
  /** True when nothing had changed since the last site, which was kept as it was. */
  upToDate: boolean;
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
  const seconds = (from: number): number => (performance.now() - from) / 1000;
  const memory = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
  const cache = options.cache === null ? null : (options.cache ?? DEFAULT_CACHE);
  // The same articles, parser, templates and code as the last site: it is this site already.
  const [key, last] = await Promise.all([corpusKey(options.seeds), readManifest(cache, options.out)]);
  if (key !== null && last?.key === key) {
    const report = formatMessages(last.messages);
    if (report) say(`${report}\n`);
    return { ok: true, total: last.articles, parsed: 0, cached: last.articles, datedFromContext: 0, pages: 0, carried: Object.keys(last.pages).length, upToDate: true, messages: last.messages, parseSeconds: 0, renderSeconds: 0, searchSeconds: 0, seconds: seconds(started), maxRssMb: memory() };
  }
  // Only now the parser, the digest and the site: a build with nothing to do never loads them.
  const [{ loadCorpus }, { buildSiteData }, { renderSite }, { useChartCache }] = await Promise.all([
    import("../corpus/load-corpus.ts"),
    import("../site/site-data.ts"),
    import("../site/render-site.ts"),
    import("../site/render-chart.ts"),
  ]);
  const corpus = await loadCorpus({ seeds: options.seeds, cache: options.cache, onProgress: progress(options.quiet ?? false) });
  const parsedAt = performance.now();
  if (corpus.report) say(`${corpus.report}\n`);
  const result = { ok: false, total: corpus.total, parsed: corpus.parsed, cached: corpus.cached, datedFromContext: corpus.datedFromContext, pages: 0, carried: 0, upToDate: false, messages: corpus.messages, parseSeconds: seconds(started), renderSeconds: 0, searchSeconds: 0 };
  if (corpus.failed) {
    say(`Build stopped: fix the errors above; ${options.out}/ was left as it was.\n`);
    return { ...result, seconds: seconds(started), maxRssMb: memory() };
  }
  try {
    useChartCache(cache === null ? null : path.join(cache, "charts"));
    const site = buildSiteData(corpus.entries);
    const { pages, carried, searchSeconds } = await renderSite({ out: options.out, site, cache, last, key: key ?? "", messages: corpus.messages });
    return { ...result, ok: true, pages, carried, searchSeconds, renderSeconds: seconds(parsedAt), seconds: seconds(started), maxRssMb: memory() };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    say(`Rendering failed: ${why}\nThis is a bug in linimasa, not in the articles; ${options.out}/ was left as it was.\n`);
    const message = { file: options.seeds, line: null, column: null, severity: "error" as const, rule: "render-failed", message: why };
    return { ...result, messages: [...result.messages, message], renderSeconds: seconds(parsedAt), seconds: seconds(started), maxRssMb: memory() };
  }
}
