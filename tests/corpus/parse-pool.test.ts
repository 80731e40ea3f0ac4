import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CachedArticle } from "../../src/corpus/article-cache.ts";
import { MIN_ARTICLES_FOR_WORKERS, ParsePool, type PoolItem } from "../../src/corpus/parse-pool.ts";
import { toContext } from "../../src/extract/published/context-entry.ts";

const seeds = readdirSync("seeds").sort().map((name) => ({ name, folder: "seeds", bytes: new Uint8Array(readFileSync(`seeds/${name}`)) }));
/** Enough copies of the seeds, under other names, for the pool to start workers. */
const items: PoolItem[] = Array.from({ length: MIN_ARTICLES_FOR_WORKERS }, (_, i) => ({ ...seeds[i % seeds.length]!, name: `salinan-${i}.txt` }));

async function parseAll(list: PoolItem[], threads: number, context?: ReturnType<typeof toContext>): Promise<CachedArticle[]> {
  const results: CachedArticle[] = [];
  const pool = new ParsePool(threads);
  try {
    await pool.parse(list, (i, r) => (results[i] = r), context);
  } finally {
    await pool.close();
  }
  return results;
}

describe("ParsePool", () => {
  it("gives on worker threads exactly the entries and messages it gives on this thread", async () => {
    const here = await parseAll(items, 1);
    const workers = await parseAll(items, 2);
    expect(workers).toEqual(here);
    expect(here[0]!.entry?.source.outlet).toBe("Liputan6.com");
  }, 120_000);

  it("hands the dating context to the workers", async () => {
    const first = await parseAll(seeds, 1);
    const context = toContext(first.flatMap((r) => (r.entry ? [r.entry] : [])));
    const workers = await parseAll(items, 2, context);
    const undated = workers.filter((r) => r.entry?.published.estimated);
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.every((r) => r.entry?.published.basis === "context")).toBe(true);
  }, 120_000);
});
