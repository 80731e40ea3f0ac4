/**
 * `npm run build`: parse every article in seeds/, then render the site into
 * _site/. Any error in any article stops the build before anything is
 * written, with every problem listed as file:line:col.
 *
 * Options: --seeds DIR (default seeds), --out DIR (default _site), --json.
 */
import { parseArgs } from "node:util";
import { loadCorpus } from "../build/load-corpus.ts";
import { renderSite } from "../build/render-site.ts";
import { buildSiteData } from "../site/site-data.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    out: { type: "string", default: "_site" },
    json: { type: "boolean", default: false },
  },
});

const started = performance.now();
const corpus = await loadCorpus({ seeds: values.seeds });
if (values.json) {
  process.stdout.write(`${JSON.stringify({ ok: !corpus.failed, total: corpus.total, parsed: corpus.parsed, cached: corpus.cached, messages: corpus.messages }, null, 2)}\n`);
} else if (corpus.report) {
  process.stderr.write(`${corpus.report}\n`);
}
if (corpus.failed) {
  process.stderr.write(`Build stopped: fix the errors above; ${values.out}/ was left as it was.\n`);
  process.exit(1);
}
const { pages } = await renderSite({ out: values.out, site: buildSiteData(corpus.entries) });
if (!values.json) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Built ${corpus.entries.length} articles into ${values.out}/ (${pages} files; parsed ${corpus.parsed}, from cache ${corpus.cached}) in ${seconds} s.\n`);
}
