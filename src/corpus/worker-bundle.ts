/**
 * The read worker as one self-contained script. Worker threads do not share
 * the main thread's TypeScript loader: loading the parser's TypeScript through
 * it in every worker costs seconds and slows the worker down. esbuild bundles
 * the worker and its dependencies once per process (a few hundred
 * milliseconds), and every worker evaluates the plain JavaScript.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const ENTRY = fileURLToPath(new URL("./read-worker.ts", import.meta.url));

/** `import.meta.url` of each source file, written in as its own file URL (a bundle has no modules). */
const ownUrl: Plugin = {
  name: "linimasa-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      loader: "ts",
      contents: (await readFile(args.path, "utf8")).replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
    }));
  },
};

let bundle: Promise<string> | undefined;

/**
 * The worker's code, bundled as CommonJS for `new Worker(code, { eval: true })`
 * (made once per process).
 *
 * @example
 * new Worker(await readWorkerCode(), { eval: true, execArgv: [] })
 */
export function readWorkerCode(): Promise<string> {
  bundle ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "silent",
    plugins: [ownUrl],
  }).then((result) => result.outputFiles[0]!.text);
  return bundle;
}
