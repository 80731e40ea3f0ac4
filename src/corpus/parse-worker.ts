/**
 * Worker thread: parses articles sent by the pool (src/corpus/parse-pool.ts),
 * with the dating context the pool sent first, if any.
 */
import { parentPort } from "node:worker_threads";
import { parseArticle } from "../extract/parse-article.ts";
import type { ContextEntry } from "../extract/published/narrow-with-context.ts";
import { collectMessages } from "./format-messages.ts";

export interface ParseJob {
  id: number;
  name: string;
  folder: string;
  bytes: Uint8Array;
}

/** Sent before each batch of jobs: the dated entries that may narrow estimated dates, if any. */
export interface ContextMessage {
  context: ContextEntry[] | undefined;
}

let context: ContextEntry[] | undefined;

parentPort?.on("message", (message: ParseJob | ContextMessage) => {
  if ("context" in message) {
    context = message.context;
    return;
  }
  const { file, entry } = parseArticle({ name: message.name, folder: message.folder, bytes: message.bytes, context });
  parentPort?.postMessage({ id: message.id, entry, messages: collectMessages([file]) });
});
