/**
 * Parses many articles on every core: worker threads when there is enough
 * work to pay for their start-up, the current thread otherwise. One pool
 * serves both passes of a build, so the workers start once.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { parseArticle } from "../extract/parse-article.ts";
import type { ContextEntry } from "../extract/published/narrow-with-context.ts";
import type { CachedArticle } from "./article-cache.ts";
import { collectMessages } from "./format-messages.ts";
import type { ContextMessage, ParseJob } from "./parse-worker.ts";
import { parseWorkerCode } from "./worker-bundle.ts";

/** Below this many articles, starting workers costs more than it saves. */
export const MIN_ARTICLES_FOR_WORKERS = 200;

export interface PoolItem {
  name: string;
  folder: string;
  bytes: Uint8Array;
}

type OnDone = (index: number, result: CachedArticle) => void;

export class ParsePool {
  readonly threads: number;
  #workers: Promise<Worker[]> | undefined;

  constructor(threads = availableParallelism()) {
    this.threads = threads;
  }

  /**
   * Parse `items` (with the dating `context`, if given), calling `onDone`
   * with each result in completion order.
   *
   * @example
   * await pool.parse(items, (i, result) => (results[i] = result))
   */
  async parse(items: readonly PoolItem[], onDone: OnDone, context?: ContextEntry[]): Promise<void> {
    if (this.threads <= 1 || items.length < MIN_ARTICLES_FOR_WORKERS) {
      items.forEach((item, i) => {
        const { file, entry } = parseArticle({ ...item, context });
        onDone(i, { entry, messages: collectMessages([file]) });
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
              worker.postMessage({ id, name: item.name, folder: item.folder, bytes: item.bytes } satisfies ParseJob);
            };
            const receive = (r: CachedArticle & { id: number }): void => {
              onDone(r.id, { entry: r.entry, messages: r.messages });
              send();
            };
            worker.on("message", receive).on("error", reject);
            worker.postMessage({ context } satisfies ContextMessage);
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
    this.#workers ??= parseWorkerCode().then((code) =>
      // Plain JavaScript: the workers need none of the main thread's loaders.
      Array.from({ length: this.threads }, () => new Worker(code, { eval: true, execArgv: [] })),
    );
    return this.#workers;
  }
}
