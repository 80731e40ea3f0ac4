/**
 * Broken and hostile articles that must stop the build: the real command
 * (`node bin/linimasa.mjs build`, without the cache) run as a child process with a time limit must
 * name every problem as file:line:col, exit with 1, and leave the last good
 * site byte for byte as it was.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { BROKEN_CASES, PROJECT_ROOT, hashTree, runBuild, type BuildResult } from "./helpers/trust-corpus.ts";

const GOOD_SEED = "000_022d6d6978ebefb1.txt";

let root: string;
let seeds: string;
let out: string;
let freshOut: string;
let before: Map<string, string>;
let failed: BuildResult;
let failedFresh: BuildResult;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "linimasa-trust-cli-"));
  const good = path.join(root, "good");
  await mkdir(good);
  await copyFile(path.join(PROJECT_ROOT, "seeds", GOOD_SEED), path.join(good, GOOD_SEED));
  out = path.join(root, "_site");
  const built = await runBuild({ seeds: good, out });
  expect(built.code, built.stderr).toBe(0);
  before = await hashTree(out);

  seeds = path.join(root, "seeds");
  const outside = path.join(root, "outside");
  await mkdir(seeds);
  await mkdir(outside);
  for (const c of BROKEN_CASES) await c.write(seeds, outside);
  freshOut = path.join(root, "never-built");
  [failed, failedFresh] = await Promise.all([runBuild({ seeds, out }), runBuild({ seeds, out: freshOut })]);
}, 400_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** The report line for `name`: `seeds/name:line:col  error  message  [rule]`. */
function reportLine(name: string): string | undefined {
  const prefix = `${path.join(seeds, name)}:`;
  return failed.stderr.split("\n").find((line) => line.startsWith(prefix));
}

describe("npm run build on broken and hostile articles", () => {
  it("stops in bounded time with exit code 1 and a report, not a crash", () => {
    expect(failed.timedOut).toBe(false);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/Build stopped: fix the errors above/);
    expect(failed.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(failed.stderr).not.toMatch(/bug in linimasa|TypeError|RangeError|Maximum call stack/);
  });

  it.each(BROKEN_CASES)("refuses $what with file:line:col and what to do", (c) => {
    const line = reportLine(c.name);
    expect(line, `no report line for ${c.name} in:\n${failed.stderr}`).toBeDefined();
    expect(line!.startsWith(`${path.join(seeds, c.name)}:${c.line}:${c.column}  error  `), line).toBe(true);
    expect(line).toMatch(c.message);
    expect(line!.endsWith(`  [${c.rule}]`), line).toBe(true);
  });

  it("reports exactly one error per broken article (no follow-on noise)", () => {
    expect(failed.stderr).toMatch(new RegExp(`^${BROKEN_CASES.length} errors\\b`, "m"));
  });

  it("leaves the last good site byte for byte as it was, with no staging folder behind", async () => {
    expect(await hashTree(out)).toEqual(before);
    const leftovers = (await readdir(root)).filter((name) => name.startsWith("_site.") || name.startsWith("never-built"));
    expect(leftovers).toEqual([]);
  });

  it("creates no output folder at all when there was no site before", async () => {
    expect(failedFresh.timedOut).toBe(false);
    expect(failedFresh.code).toBe(1);
    await expect(stat(freshOut)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("never reads what a link outside the seeds folder points to", () => {
    expect(failed.stdout + failed.stderr).not.toContain("RAHASIA-DI-LUAR");
  });
});

describe("each broken article on its own", () => {
  it.each(BROKEN_CASES)("stops the build by itself: $what", async (c) => {
    const dir = await mkdtemp(path.join(root, "alone-"));
    const alone = path.join(dir, "seeds");
    const outside = path.join(dir, "outside");
    await mkdir(alone);
    await mkdir(outside);
    await c.write(alone, outside);
    const corpus = await loadCorpus({ seeds: alone, cache: null });
    const errors = corpus.messages.filter((m) => m.severity === "error");
    expect(corpus.failed).toBe(true);
    expect(errors.map((m) => [m.file, m.line, m.column, m.rule])).toEqual([[path.join(alone, c.name), c.line, c.column, c.rule]]);
    expect(corpus.entries.map((e) => e.file)).not.toContain(c.name);
  });
});
