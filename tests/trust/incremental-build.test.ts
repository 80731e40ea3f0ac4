/**
 * A rebuild renders only what changed and carries the rest over from the last
 * site, and what it writes is byte for byte what a clean build writes: after
 * an article is added, edited or removed, and when nothing changed at all.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, hashTree } from "./helpers/trust-corpus.ts";

const exec = promisify(execFile);

interface BuildJson {
  ok: boolean;
  parsed: number;
  pages: number;
  carried: number;
  upToDate: boolean;
}

let root: string;
let seeds: string;

async function build(out: string, cache: string | null): Promise<BuildJson> {
  const args = ["bin/linimasa.mjs", "build", "--seeds", seeds, "--out", out, "--json", ...(cache === null ? ["--no-cache"] : ["--cache", cache])];
  const { stdout } = await exec(process.execPath, args, { cwd: PROJECT_ROOT, maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as BuildJson;
}

/** The files that differ between a rebuilt site and a clean build of the same articles. */
async function againstClean(site: string, name: string): Promise<string[]> {
  const clean = path.join(root, `clean-${name}`);
  await build(clean, null);
  const [a, b] = await Promise.all([hashTree(site), hashTree(clean)]);
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
}

const NEW_ARTICLE = `---
published: 2025-05-02
---
Seoul - Badan Intelijen Nasional Korea Selatan (NIS) mengatakan pada Jumat (2/5/2025) bahwa sekitar 600 tentara Korea Utara tewas di Kursk, dan Pyongyang mengirim 3.000 tentara tambahan ke Rusia.
`;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "linimasa-incremental-"));
  seeds = path.join(root, "seeds");
  await cp(path.join(PROJECT_ROOT, "seeds"), seeds, { recursive: true });
}, 60_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("a rebuild", () => {
  const site = () => path.join(root, "site");
  const cache = () => path.join(root, "cache");

  it("renders everything the first time, and nothing when nothing changed", async () => {
    const first = await build(site(), cache());
    expect([first.ok, first.carried, first.upToDate]).toEqual([true, 0, false]);
    expect(first.pages).toBeGreaterThan(50);
    const again = await build(site(), cache());
    expect([again.ok, again.parsed, again.pages, again.upToDate]).toEqual([true, 0, 0, true]);
  }, 180_000);

  it("after an article is added, reads and renders only what it changes, and writes what a clean build writes", async () => {
    await writeFile(path.join(seeds, "zz-baru.txt"), NEW_ARTICLE);
    const rebuilt = await build(site(), cache());
    expect(rebuilt.parsed).toBe(1);
    expect(rebuilt.carried).toBeGreaterThan(rebuilt.pages);
    expect(await againstClean(site(), "added")).toEqual([]);
  }, 180_000);

  it("after an article is edited, writes what a clean build writes", async () => {
    const file = path.join(seeds, "zz-baru.txt");
    await writeFile(file, (await readFile(file, "utf8")).replace("600 tentara", "700 tentara"));
    const rebuilt = await build(site(), cache());
    expect(rebuilt.parsed).toBe(1);
    expect(await againstClean(site(), "edited")).toEqual([]);
  }, 180_000);

  it("after an article is removed, drops its page and writes what a clean build writes", async () => {
    await unlink(path.join(seeds, "zz-baru.txt"));
    const rebuilt = await build(site(), cache());
    expect(rebuilt.upToDate).toBe(false);
    expect(await againstClean(site(), "removed")).toEqual([]);
    expect((await hashTree(site())).has("artikel/zz-baru/index.html")).toBe(false);
  }, 180_000);

  it("renders everything again when the last site was changed by hand", async () => {
    await rm(path.join(site(), "artikel"), { recursive: true });
    await writeFile(path.join(seeds, "zz-baru.txt"), NEW_ARTICLE);
    const rebuilt = await build(site(), cache());
    expect(rebuilt.carried).toBe(0);
    expect(await againstClean(site(), "by-hand")).toEqual([]);
  }, 180_000);
});
