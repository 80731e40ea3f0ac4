import { cp, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";

let root: string;
let seeds: string;
let cache: string;

const UNRELATED = `---
published: 2025-06-02
---
Jakarta - Harga cabai rawit di pasar tradisional Jakarta naik dua kali lipat pekan ini.

Para pedagang mengatakan pasokan dari petani di Jawa Barat berkurang karena hujan deras sepanjang Mei.
`;

/** Dates of every entry, by file: what a clean build without any cache gives must be what the cached build gives. */
async function dates(cacheDir: string | null): Promise<Record<string, string>> {
  const corpus = await loadCorpus({ seeds, cache: cacheDir });
  return Object.fromEntries(corpus.entries.map((e) => [e.file, `${e.published.date} ${e.published.basis} ${e.published.reason}`]));
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "linimasa-context-"));
  seeds = path.join(root, "seeds");
  cache = path.join(root, "cache");
  await cp("seeds", seeds, { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("dateByContext (through loadCorpus)", () => {
  it("dates the undated seeds from the dated ones on the first build, and takes them from the cache on the next", async () => {
    expect((await loadCorpus({ seeds, cache })).redated).toBe(2);
    expect((await loadCorpus({ seeds, cache })).redated).toBe(0);
  });

  it("keeps every context-dated result when the added dated article tells none of their sentences", async () => {
    await loadCorpus({ seeds, cache });
    await writeFile(path.join(seeds, "harga-cabai.txt"), UNRELATED);
    const corpus = await loadCorpus({ seeds, cache });
    expect([corpus.parsed, corpus.redated]).toEqual([1, 0]);
    expect(await dates(cache)).toEqual(await dates(null));
  });

  it("dates again the undated article whose story the added dated article tells", async () => {
    await loadCorpus({ seeds, cache });
    const body = await readFile(path.join(seeds, "004_1f4d5a3d222f6a94.txt"), "utf8");
    await writeFile(path.join(seeds, "ulang-004.txt"), `---\npublished: 2025-05-20\n---\n${body}`);
    const corpus = await loadCorpus({ seeds, cache });
    expect(corpus.redated).toBeGreaterThanOrEqual(1);
    expect(await dates(cache)).toEqual(await dates(null));
  });

  it("dates every undated article again when a dated article goes away", async () => {
    await writeFile(path.join(seeds, "harga-cabai.txt"), UNRELATED);
    await loadCorpus({ seeds, cache });
    await unlink(path.join(seeds, "harga-cabai.txt"));
    expect((await loadCorpus({ seeds, cache })).redated).toBe(2);
  });
});
