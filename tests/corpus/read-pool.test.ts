import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CachedReading } from "../../src/corpus/article-cache.ts";
import { MIN_ARTICLES_FOR_WORKERS, ReadPool, type PoolItem } from "../../src/corpus/read-pool.ts";

const seeds = readdirSync("seeds").sort().map((name) => ({ name, folder: "seeds", bytes: new Uint8Array(readFileSync(`seeds/${name}`)) }));
/** Enough copies of the seeds, under other names, for the pool to start workers. */
const items: PoolItem[] = Array.from({ length: MIN_ARTICLES_FOR_WORKERS }, (_, i) => ({ ...seeds[i % seeds.length]!, name: `salinan-${i}.txt` }));

async function readAll(list: PoolItem[], threads: number): Promise<CachedReading[]> {
  const results: CachedReading[] = [];
  const pool = new ReadPool(threads);
  try {
    await pool.read(list, (i, r) => (results[i] = r));
  } finally {
    await pool.close();
  }
  return results;
}

describe("ReadPool", () => {
  it("gives on worker threads exactly the readings and messages it gives on this thread", async () => {
    const here = await readAll(items, 1);
    const workers = await readAll(items, 2);
    expect(workers).toEqual(here);
    expect(here[0]!.reading?.source.outlet).toBe("Liputan6.com");
  }, 120_000);

  it("reports a file that is not an article with no reading and its message", async () => {
    const [result] = await readAll([{ name: "kosong.txt", folder: "seeds", bytes: new Uint8Array() }], 1);
    expect(result!.reading).toBeNull();
    expect(result!.messages.map((m) => m.rule)).toEqual(["empty-file"]);
  });
});
