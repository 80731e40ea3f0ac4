/**
 * Parses many articles on every core: worker threads when there is enough
 * work to pay for their start-up, the current thread otherwise.
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

export interface PoolOptions {
  /** Dated entries that may narrow estimated dates (the second pass). */
  context?: ContextEntry[];
  threads?: number;
}

function parseHere(items: PoolItem[], onDone: (i: number, r: CachedArticle) => void, context?: ContextEntry[]): void {
  items.forEach((item, i) => {
    const { file, entry } = parseArticle({ ...item, context });
    onDone(i, { entry, messages: collectMessages([file]) });
  });
}

/**
 * Parse `items`, calling `onDone` with each result (in completion order).
 *
 * @example
 * await parseMany(items, (i, result) => results[i] = result) // uses up to availableParallelism() threads
 */
export async function parseMany(items: PoolItem[], onDone: (index: number, result: CachedArticle) => void, options: PoolOptions = {}): Promise<void> {
  const threads = options.threads ?? availableParallelism();
  if (threads <= 1 || items.length < MIN_ARTICLES_FOR_WORKERS) {
    parseHere(items, onDone, options.context);
    return;
  }
  const code = await parseWorkerCode();
  const size = Math.min(threads, Math.ceil(items.length / 50));
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, () =>
      new Promise<void>((resolve, reject) => {
        // Plain JavaScript: the worker needs none of the main thread's loaders.
        const worker = new Worker(code, { eval: true, execArgv: [] });
        const send = (): void => {
          if (next >= items.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const id = next++;
          const item = items[id]!;
          worker.postMessage({ id, name: item.name, folder: item.folder, bytes: item.bytes } satisfies ParseJob);
        };
        worker.on("message", (r: CachedArticle & { id: number }) => {
          onDone(r.id, { entry: r.entry, messages: r.messages });
          send();
        });
        worker.on("error", reject);
        worker.once("online", () => {
          if (options.context) worker.postMessage({ context: options.context } satisfies ContextMessage);
          send();
        });
      }),
    ),
  );
}
