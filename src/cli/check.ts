/**
 * `npm run check`: validate every article without building. Every problem
 * is reported as file:line:col; errors make the exit code 1, warnings do not.
 *
 * Options: --seeds DIR (default seeds), --json.
 */
import { parseArgs } from "node:util";
import { loadCorpus } from "../corpus/load-corpus.ts";
import { exitWhenFlushed } from "./exit-when-flushed.ts";

const { values } = parseArgs({
  options: { seeds: { type: "string", default: "seeds" }, cache: { type: "string" }, json: { type: "boolean", default: false } },
});

const corpus = await loadCorpus({ seeds: values.seeds, cache: values.cache });
if (values.json) {
  process.stdout.write(`${JSON.stringify({ ok: !corpus.failed, total: corpus.total, messages: corpus.messages }, null, 2)}\n`);
} else {
  if (corpus.report) process.stderr.write(`${corpus.report}\n`);
  const errors = corpus.messages.filter((m) => m.severity === "error").length;
  process.stdout.write(errors === 0 ? `${corpus.total} articles checked: no errors.\n` : `${corpus.total} articles checked: ${errors} error${errors > 1 ? "s" : ""}; the build would stop.\n`);
}
await exitWhenFlushed(corpus.failed ? 1 : 0);
