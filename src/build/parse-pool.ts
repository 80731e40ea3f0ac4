/**
 * Parses many articles on every core: worker threads when there is enough
 * work to pay for their start-up, the current thread otherwise.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { parseArticle } from "../extract/parse-article.ts";
import type { CachedArticle } from "./article-cache.ts";
import { collectMessages } from "./format-messages.ts";
import type { ParseJob } from "./parse-worker.ts";

/** Below this many articles, starting workers costs more than it saves. */
export const MIN_ARTICLES_FOR_WORKERS = 200;

export interface PoolItem {
  name: string;
  folder: string;
  bytes: Uint8Array;
}

function parseHere(items: PoolItem[], onDone: (i: number, r: CachedArticle) => void): void {
  items.forEach((item, i) => {
    const { file, entry } = parseArticle(item);
    onDone(i, { entry, messages: collectMessages([file]) });
  });
}

/**
 * Parse `items`, calling `onDone` with each result (in completion order).
 *
 * @example
 * await parseMany(items, (i, result) => results[i] = result) // uses up to availableParallelism() threads
 */
export async function parseMany(items: PoolItem[], onDone: (index: number, result: CachedArticle) => void, threads = availableParallelism()): Promise<void> {
  if (threads <= 1 || items.length < MIN_ARTICLES_FOR_WORKERS) {
    parseHere(items, onDone);
    return;
  }
  const size = Math.min(threads, Math.ceil(items.length / 50));
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL("./parse-worker-bootstrap.mjs", import.meta.url));
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
        worker.once("online", send);
      }),
    ),
  );
}
