/**
 * `npm run bench`: measures, in one run and on the same texts, linimasa
 * against plain Eleventy: the five seeds (`npm run build` as the editor runs
 * it, wall time from the shell) and synthetic corpora of 1,000 and 10,000
 * articles. Prints the tables and writes bench/results.md.
 *
 * Options: --sizes 1000,10000  --sample 2000 (articles timed one by one)  --runs 5 (runs of the five-seed row)
 */
import { execFile, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { promisify, parseArgs } from "node:util";
import { parseArticle } from "../src/extract/parse-article.ts";
import { makeBaselineSite } from "./baseline-site.ts";
import { generateCorpus, random, vary } from "./generate-corpus.ts";

const exec = promisify(execFile);
const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000" }, sample: { type: "string", default: "2000" }, runs: { type: "string", default: "5" } } });
const sizes = values.sizes.split(",").map(Number);
const ROOT = path.resolve(import.meta.dirname, "..");

interface Row {
  n: number;
  full: number;
  rebuild: number;
  rebuildParsed: number;
  rebuildFromContext: number;
  median: number;
  p95: number;
  sampled: number;
  rssMb: number;
  parseSeconds: number;
  renderSeconds: number;
  searchSeconds: number;
  searchMb: number;
  largestTimelineKb: number;
  baseline: number;
  baselineRssMb: number;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - t) / 1000 };
}

async function build(corpus: string, out: string, cache: string) {
  const { stdout } = await exec(process.execPath, ["bin/linimasa.mjs", "build", "--seeds", corpus, "--out", out, "--cache", cache, "--json"], { cwd: ROOT, maxBuffer: 256 << 20 });
  return JSON.parse(stdout) as { ok: boolean; parsed: number; datedFromContext: number; maxRssMb: number; parseSeconds: number; renderSeconds: number; searchSeconds: number };
}

async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let total = 0;
  for (const e of entries) if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size;
  return total;
}

/** Largest timeline page (home and month pages), in KiB. */
async function largestTimeline(out: string): Promise<number> {
  const pages = [path.join(out, "index.html")];
  const months = await readdir(path.join(out, "linimasa"), { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of months) if (e.isFile() && e.name === "index.html") pages.push(path.join(e.parentPath, e.name));
  let max = 0;
  for (const p of pages) max = Math.max(max, (await stat(p)).size);
  return max / 1024;
}

function parseTimes(corpus: string, names: string[]): { median: number; p95: number } {
  const items = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(corpus, name))) }));
  for (const item of items.slice(0, 50)) parseArticle(item); // warm up
  const times = items.map((item) => {
    const t = performance.now();
    parseArticle(item);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
}

async function measure(n: number, work: string): Promise<Row> {
  const corpus = path.join(work, `corpus-${n}`);
  const names = generateCorpus(path.join(ROOT, "seeds"), corpus, n);
  process.stderr.write(`[${n}] corpus written; timing parse one by one …\n`);
  const sample = names.slice(0, Math.min(n, Number(values.sample)));
  const { median, p95 } = parseTimes(corpus, sample);

  process.stderr.write(`[${n}] full build …\n`);
  const out = path.join(work, `site-${n}`);
  const cache = path.join(work, `cache-${n}`);
  const full = await timed(() => build(corpus, out, cache));
  if (!full.value.ok) throw new Error(`build of ${n} failed`);

  process.stderr.write(`[${n}] rebuild after adding one article …\n`);
  const seed = await readFile(path.join(ROOT, "seeds", "001_0b65f12583cc828d.txt"), "utf8");
  await writeFile(path.join(corpus, "artikel-baru.txt"), vary(seed, random(7), n + 1));
  const rebuild = await timed(() => build(corpus, out, cache));

  process.stderr.write(`[${n}] baseline: plain Eleventy …\n`);
  const base = path.join(work, `baseline-${n}`);
  makeBaselineSite(corpus, base);
  const baseline = await timed(() =>
    exec(process.execPath, ["-r", path.join(ROOT, "bench/report-peak-memory.cjs"), path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${path.join(base, "eleventy.config.cjs")}`, "--quiet"], { cwd: base, maxBuffer: 256 << 20 }),
  );
  const baselineRssKb = Number(/linimasa-bench-max-rss-kb:(\d+)/u.exec(baseline.value.stderr)?.[1] ?? 0);

  return {
    n,
    full: full.seconds,
    rebuild: rebuild.seconds,
    rebuildParsed: rebuild.value.parsed,
    rebuildFromContext: rebuild.value.datedFromContext,
    median,
    p95,
    sampled: sample.length,
    rssMb: full.value.maxRssMb,
    parseSeconds: full.value.parseSeconds,
    renderSeconds: full.value.renderSeconds,
    searchSeconds: full.value.searchSeconds,
    searchMb: (await folderBytes(path.join(out, "pagefind"))) / 2 ** 20,
    largestTimelineKb: await largestTimeline(out),
    baseline: baseline.seconds,
    baselineRssMb: Math.round(baselineRssKb / 1024),
  };
}

interface SeedRow {
  runs: number;
  /** Median wall seconds: warm cache and the site in place (the editor's rebuild); warm cache, site removed; plain Eleventy. */
  warm: number;
  rendered: number;
  baseline: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Wall seconds of a whole command, as from the shell. */
function wall(args: string[], cwd = ROOT): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: "ignore" });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited with ${r.status}`);
  return (performance.now() - t) / 1000;
}

/** The five seeds: `npm run build` with a warm cache (site in place, and site removed) against plain Eleventy, in turns. */
async function fiveSeeds(work: string, runs: number): Promise<SeedRow> {
  const seeds = path.join(work, "seeds-5");
  await cp(path.join(ROOT, "seeds"), seeds, { recursive: true });
  const out = path.join(work, "site-5");
  const cache = path.join(work, "cache-5");
  const build = ["bin/linimasa.mjs", "build", "--seeds", seeds, "--out", out, "--cache", cache];
  const base = path.join(work, "baseline-5");
  makeBaselineSite(seeds, base);
  const eleventy = [path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${path.join(base, "eleventy.config.cjs")}`, "--quiet"];
  wall(build);
  wall(eleventy, base);
  const warm: number[] = [];
  const rendered: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    warm.push(wall(build));
    baseline.push(wall(eleventy, base));
    await rm(out, { recursive: true, force: true });
    rendered.push(wall(build));
  }
  return { runs, warm: median(warm), rendered: median(rendered), baseline: median(baseline) };
}

function seedTable(r: SeedRow): string {
  const f = (x: number, d = 2) => x.toFixed(d);
  return [
    "| 5 seeds, `npm run build` wall s (median of " + r.runs + ") | linimasa | plain Eleventy | ratio |",
    "|---|---:|---:|---:|",
    `| warm cache, site in place (the editor's rebuild) | ${f(r.warm)} | ${f(r.baseline)} | ${f(r.warm / r.baseline)} |`,
    `| warm cache, site removed (every page rendered) | ${f(r.rendered)} | ${f(r.baseline)} | ${f(r.rendered / r.baseline)} |`,
  ].join("\n");
}

function table(rows: Row[]): string {
  const f = (x: number, d = 2) => x.toFixed(d);
  const head =
    "| articles | (a) full build s | parse s | render s | of which search index s | (b) +1 article s | re-read | dated from context | (b)/(a) | (c) median ms | (c) p95 ms | (d) peak RSS MB | (e) search index MB | largest timeline page KB | (f) plain Eleventy s | (f) peak RSS MB | (a)/(f) | (b)/(f) |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  const lines = rows.map(
    (r) =>
      `| ${r.n} | ${f(r.full, 1)} | ${f(r.parseSeconds, 1)} | ${f(r.renderSeconds, 1)} | ${f(r.searchSeconds, 1)} | ${f(r.rebuild, 1)} | ${r.rebuildParsed} | ${r.rebuildFromContext} | ${f(r.rebuild / r.full)} | ${f(r.median, 3)} | ${f(r.p95, 3)} | ${r.rssMb} | ${f(r.searchMb, 1)} | ${f(r.largestTimelineKb, 1)} | ${f(r.baseline, 1)} | ${r.baselineRssMb} | ${f(r.full / r.baseline)} | ${f(r.rebuild / r.baseline)} |`,
  );
  return [head, ...lines].join("\n");
}

const work = await mkdtemp(path.join(tmpdir(), "linimasa-bench-"));
try {
  process.stderr.write("[5] the seeds, in turns with plain Eleventy …\n");
  const seedRow = await fiveSeeds(work, Number(values.runs));
  const rows: Row[] = [];
  for (const n of sizes.filter((s) => s > 0)) rows.push(await measure(n, work));
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
  const text = `${seedTable(seedRow)}\n\n${table(rows)}`;
  process.stdout.write(`\n${text}\n\nmachine: ${machine}\n`);
  const notes = await readFile(path.join(ROOT, "bench/notes.md"), "utf8").catch(() => "");
  await writeFile(
    path.join(ROOT, "bench/results.md"),
    `# Benchmark results\n\nWritten by \`npm run bench\`. Machine: ${machine}.\n\n${text}\n\n(c) is timed article by article on one thread over the first ${rows.map((r) => r.sampled).join(" / ")} articles. (a) and (b) include parsing on every core, the digest, Eleventy and the search index; (f) is plain Eleventy rendering the same texts as markdown with one layout and one index page, measured in the same run.\n\n${notes}`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
