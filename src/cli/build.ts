/**
 * `npm run build`: parse every article in seeds/ (only new or changed ones;
 * the rest come from the cache), then render the site into _site/. Any
 * error in any article stops the build before anything is written, with
 * every problem listed as file:line:col.
 *
 * Options: --seeds DIR (default seeds), --out DIR (default _site),
 * --cache DIR (default .cache/linimasa), --no-cache, --json.
 */
import { parseArgs } from "node:util";
import { runBuild } from "./run-build.ts";
import { exitWhenFlushed } from "./exit-when-flushed.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    out: { type: "string", default: "_site" },
    cache: { type: "string" },
    "no-cache": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});

const result = await runBuild({
  seeds: values.seeds,
  out: values.out,
  cache: values["no-cache"] ? null : values.cache,
  quiet: values.json,
});
if (values.json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else if (result.ok) {
  process.stdout.write(
    result.upToDate
      ? `${values.out}/ is up to date with its ${result.total} articles (parsed ${result.parsed}, from cache ${result.cached}); nothing to render (${result.seconds.toFixed(1)} s).\n`
      : `Built ${result.total} articles into ${values.out}/ (${result.pages} files rendered, ${result.carried} carried over unchanged; parsed ${result.parsed}, from cache ${result.cached}${result.datedFromContext ? `, dated from other articles ${result.datedFromContext}` : ""}) in ${result.seconds.toFixed(1)} s.\n`,
  );
}
await exitWhenFlushed(result.ok ? 0 : 1);
