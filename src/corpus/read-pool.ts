/**
 * Reads many articles on every core: worker threads when there is enough
 * work to pay for their start-up, the current thread otherwise.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { readArticle } from "../extract/read/read-article.ts";
import type { CachedReading } from "./article-cache.ts";
import { collectMessages } from "./format-messages.ts";
import type { ReadJob } from "./read-worker.ts";
/** The compiled commands' folder (bin/compile.mjs defines it); undefined when this module runs from its TypeScript source. */
declare const __LINIMASA_DIST__: string | undefined;

/** Below this many articles, starting workers costs more than it saves. */
export const MIN_ARTICLES_FOR_WORKERS = 200;

export interface PoolItem {
  name: string;
  folder: string;
  bytes: Uint8Array;
}

type OnDone = (index: number, result: CachedReading) => void;

export class ReadPool {
  readonly threads: number;
  #workers: Promise<Worker[]> | undefined;

  constructor(threads = availableParallelism()) {
    this.threads = threads;
  }

  /**
   * Read `items`, calling `onDone` with each result in completion order.
   *
   * @example
   * await pool.read(items, (i, result) => (results[i] = result))
   */
  async read(items: readonly PoolItem[], onDone: OnDone): Promise<void> {
    if (this.threads <= 1 || items.length < MIN_ARTICLES_FOR_WORKERS) {
      items.forEach((item, i) => {
        const { file, reading } = readArticle(item);
        onDone(i, { reading, messages: collectMessages([file]) });
      });
      return;
    }
    const workers = await this.#start();
    let next = 0;
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= items.length) {
                worker.off("message", receive).off("error", reject);
                resolve();
                return;
              }
              const id = next++;
              const item = items[id]!;
              worker.postMessage({ id, name: item.name, folder: item.folder, bytes: item.bytes } satisfies ReadJob);
            };
            const receive = (r: CachedReading & { id: number }): void => {
              onDone(r.id, { reading: r.reading, messages: r.messages });
              send();
            };
            worker.on("message", receive).on("error", reject);
            send();
          }),
      ),
    );
  }

  /** Stop the workers (a pool that never started any has nothing to stop). */
  async close(): Promise<void> {
    const workers = this.#workers;
    this.#workers = undefined;
    if (workers) await Promise.all((await workers).map((w) => w.terminate()));
  }

  #start(): Promise<Worker[]> {
    this.#workers ??= (async () => {
      const options = { execArgv: [] };
      // Compiled, the worker is a file of its own; from TypeScript (the tests) it is bundled first.
      if (typeof __LINIMASA_DIST__ === "string") {
        const script = new URL("corpus/read-worker.js", __LINIMASA_DIST__);
        return Array.from({ length: this.threads }, () => new Worker(script, options));
      }
      const { readWorkerCode } = await import("./worker-bundle.ts");
      const code = await readWorkerCode();
      return Array.from({ length: this.threads }, () => new Worker(code, { ...options, eval: true }));
    })();
    return this.#workers;
  }
}
