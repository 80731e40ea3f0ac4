/**
 * `npm start`: a local preview of the site with live reload. Adding or
 * editing an article in seeds/ re-parses only that article (the others come
 * from the cache) and reloads the pages in the browser.
 *
 * Options: --port N (default 8080), --seeds DIR (default seeds).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { PROJECT_ROOT } from "../site/project-root.ts";
import { useSeedsFolder } from "../site/site-handover.ts";

const { values } = parseArgs({
  options: { port: { type: "string", default: "8080" }, seeds: { type: "string", default: "seeds" } },
});

// Site data is parsed anew (through the cache) on every rebuild, not handed over once.
useSeedsFolder(values.seeds);
const eleventy = new Eleventy(path.join(PROJECT_ROOT, "templates"), path.join(PROJECT_ROOT, "_site"), {
  configPath: path.join(PROJECT_ROOT, ".eleventy.js"),
  runMode: "serve",
  config: (config) => {
    (config as { addWatchTarget(p: string): void }).addWatchTarget(values.seeds);
  },
});
await eleventy.init();
await eleventy.watch();
await eleventy.serve(Number(values.port));
process.stdout.write(`Preview at http://localhost:${values.port}/ — edit or add articles in ${values.seeds}/; Ctrl+C stops.\n`);
