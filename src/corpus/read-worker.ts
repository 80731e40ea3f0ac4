/**
 * Worker thread: reads the articles sent by the pool
 * (src/corpus/read-pool.ts).
 */
import { parentPort } from "node:worker_threads";
import { readArticle } from "../extract/read/read-article.ts";
import { collectMessages } from "./format-messages.ts";

export interface ReadJob {
  id: number;
  name: string;
  folder: string;
  bytes: Uint8Array;
}

parentPort?.on("message", (job: ReadJob) => {
  const { file, reading } = readArticle({ name: job.name, folder: job.folder, bytes: job.bytes });
  parentPort?.postMessage({ id: job.id, reading, messages: collectMessages([file]) });
});
