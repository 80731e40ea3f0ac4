/**
 * Worker thread: parses articles sent by the pool (src/build/parse-pool.ts).
 */
import { parentPort } from "node:worker_threads";
import { parseArticle } from "../extract/parse-article.ts";
import { collectMessages } from "./format-messages.ts";

export interface ParseJob {
  id: number;
  name: string;
  folder: string;
  bytes: Uint8Array;
}

parentPort?.on("message", (job: ParseJob) => {
  const { file, entry } = parseArticle({ name: job.name, folder: job.folder, bytes: job.bytes });
  parentPort?.postMessage({ id: job.id, entry, messages: collectMessages([file]) });
});
