/**
 * Plays the editor: adds an article from an outlet not among the seeds, sees
 * it in the timeline, the ledger and its claimant's page; is refused when
 * adding it again; breaks an article and finds the last good site intact;
 * rebuilds with nothing changed and with a new parser.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";

const exec = promisify(execFile);
const FIXTURE = path.resolve("tests/editor/fixtures/antara-jcs.txt");

let root: string;
let seeds: string;
let out: string;
let cache: string;

async function cli(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ["bin/linimasa.mjs", script, ...args], { maxBuffer: 64 << 20, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const build = () => cli("build", "--seeds", seeds, "--out", out, "--cache", cache, "--json");

/** sha256 of every file under `dir`, by relative path. */
async function hashTree(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  const out: Record<string, string> = {};
  for (const f of files) {
    const full = path.join(f.parentPath, f.name);
    out[path.relative(dir, full)] = createHash("sha256").update(await readFile(full)).digest("hex");
  }
  return out;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "linimasa-editor-"));
  seeds = path.join(root, "seeds");
  out = path.join(root, "_site");
  cache = path.join(root, "cache");
  await cp("seeds", seeds, { recursive: true });
  const first = await build();
  expect(first.code, first.stderr).toBe(0);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the editor's workflow", () => {
  it("rebuilds with no changes without parsing anything", async () => {
    const again = await build();
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: true, total: 5, parsed: 0, cached: 5 });
  });

  it("parses everything again when the parser changes", async () => {
    const corpus = await loadCorpus({ seeds, cache, fingerprint: "a-newer-parser" });
    expect(corpus.parsed).toBe(5);
    expect((await loadCorpus({ seeds, cache })).parsed).toBe(0);
  });

  it("adds an article from a new outlet, names it date-outlet-slug and shows it everywhere", async () => {
    const added = await cli("add", FIXTURE, "--seeds", seeds, "--out", out, "--cache", cache, "--json");
    expect(added.code, added.stderr).toBe(0);
    const result = JSON.parse(added.stdout);
    expect(path.basename(result.file)).toMatch(/^2025-03-13-antara-kepala-staf-gabungan/);
    expect(result.summary).toMatchObject({ outlet: "Antara", outletBasis: "dateline" });
    // The opening sentence's "Kamis (13/3/2025)" dates the news: the report is of that day or the next.
    expect(result.summary.published).toMatchObject({ date: "2025-03-13", basis: "dateline-sentence", estimated: true, end: "2025-03-14" });
    expect(result.built).toMatchObject({ ok: true, parsed: 1, cached: 5 });
    expect(await readFile(result.file, "utf8")).toBe(await readFile(FIXTURE, "utf8"));

    const home = await readFile(path.join(out, "index.html"), "utf8");
    expect(home).toContain("Kepala Staf Gabungan Korea Selatan (JCS)");
    const entries = JSON.parse(await readFile(path.join(out, "data/entries.json"), "utf8")) as { id: string; file: string }[];
    const id = entries.find((e) => e.file === path.basename(result.file))!.id;
    const digest = JSON.parse(await readFile(path.join(out, "data/digest.json"), "utf8"));
    const additional = digest.ledgers.find((l: { category: string }) => l.category === "additional_deployed");
    expect(additional.items).toContainEqual(expect.objectContaining({ entry: id, min: 3000, max: 3000, claimant: expect.objectContaining({ id: "jcs" }) }));
  });

  it("refuses the same article again and names the file it matches", async () => {
    const before = await readdir(seeds);
    const again = await cli("add", FIXTURE, "--seeds", seeds, "--out", out, "--cache", cache);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Not added: this is the same text as .*2025-03-13-antara-kepala-staf-gabungan/);
    expect(await readdir(seeds)).toEqual(before);
  });

  it("refuses a near-duplicate and says how alike it is", async () => {
    const text = (await readFile(FIXTURE, "utf8")).replace("Menurut JCS, pasukan", "Menurut JCS pada Jumat, pasukan");
    const file = path.join(root, "hampir-sama.txt");
    await writeFile(file, text);
    const again = await cli("add", file, "--seeds", seeds, "--no-build", "--cache", cache);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Not added: this is \d+% the same as .*2025-03-13-antara/);
  });

  it("stops on a broken article with file:line and leaves the last good site byte for byte", async () => {
    const good = await hashTree(out);
    await writeFile(path.join(seeds, "rusak.txt"), "---\ntitle: Judul\ntitel: salah ketik\n---\nJakarta - Teks artikel.\n");
    const broken = await cli("build", "--seeds", seeds, "--out", out, "--cache", cache);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/rusak\.txt:3:1 {2}error {2}Unknown front-matter key "titel"/);
    expect(await hashTree(out)).toEqual(good);
    await rm(path.join(seeds, "rusak.txt"));
  });

  it("validates without building: npm run check reports errors with file:line and a non-zero exit", async () => {
    await writeFile(path.join(seeds, "kosong.txt"), "\n\n");
    const checked = await cli("check", "--seeds", seeds, "--cache", cache);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toMatch(/kosong\.txt:1:1 {2}error {2}The file is empty/);
    await rm(path.join(seeds, "kosong.txt"));
    const clean = await cli("check", "--seeds", seeds, "--cache", cache);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/6 articles checked: no errors/);
  });
});
