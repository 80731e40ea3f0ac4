// The commands run compiled JavaScript, never TypeScript through a loader.
// The sources under src/ (and bench/) are compiled by esbuild into
// .cache/linimasa/dist/<hash>/, where <hash> covers every source file, the
// project's folder and the esbuild and Node versions: a change of any source
// gives another folder, so the compiled code is never stale, and an unchanged
// tree is compiled once and reused by every later command.
//
// This file and bin/linimasa.mjs are the only JavaScript sources of the
// project: they run before anything is compiled.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Folders whose files the commands are compiled from (the seed scorer reads the seed reference of tests/). */
const SOURCES = ["src", "bench", "tests/reference", "tests/fixtures"];
const DIST_ROOT = path.join(PROJECT_ROOT, ".cache", "linimasa", "dist");

/** Every module the commands start from: the CLIs, the Eleventy plugin, the read worker and the benchmark. */
const ENTRIES = {
  "cli/build": "src/cli/build.ts",
  "cli/start": "src/cli/start.ts",
  "cli/add": "src/cli/add.ts",
  "cli/check": "src/cli/check.ts",
  "cli/parse": "src/cli/parse.ts",
  "cli/score": "src/cli/score.ts",
  "site/eleventy-plugin": "src/site/eleventy-plugin.ts",
  "corpus/read-worker": "src/corpus/read-worker.ts",
  "bench/run": "bench/run.ts",
};

/** The source files, sorted, as paths relative to the project. */
function sourceFiles() {
  return SOURCES.filter((dir) => existsSync(path.join(PROJECT_ROOT, dir))).flatMap((dir) =>
    readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((name) => /\.(?:ts|yaml|json)$/u.test(name) && !name.split(path.sep).includes("corpora"))
      .map((name) => path.join(dir, name)),
  ).sort();
}

/** Folders of the code that reads an article: the reading cache is keyed by their files alone. */
const PARSER = ["src/extract", "src/ingest", "src/schema", "src/lexicon", "src/text", "src/calendar"];

/**
 * The hash of everything the compiled code depends on, and of the parser's
 * files alone. The files' contents are read only when a file's size or time
 * differs from what the last hash was made of (a stamp kept beside the
 * compiled folders).
 */
function sourceHashes(esbuildVersion) {
  const files = sourceFiles();
  const stats = files.map((file) => {
    const s = statSync(path.join(PROJECT_ROOT, file));
    return [file, s.size, s.mtimeMs];
  });
  const head = `${PROJECT_ROOT}\0${process.version}\0${esbuildVersion}`;
  const stampFile = path.join(DIST_ROOT, "stamp.json");
  try {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8"));
    if (stamp.head === head && JSON.stringify(stamp.stats) === JSON.stringify(stats)) return stamp.hashes;
  } catch {
    // no stamp yet
  }
  const all = createHash("sha256").update(`${head}\0`);
  const parser = createHash("sha256");
  for (const file of files) {
    const bytes = readFileSync(path.join(PROJECT_ROOT, file));
    all.update(file).update("\0").update(bytes).update("\0");
    if (PARSER.some((dir) => file.startsWith(`${dir}${path.sep}`))) parser.update(file).update("\0").update(bytes).update("\0");
  }
  const hashes = { all: all.digest("hex").slice(0, 16), parser: parser.digest("hex").slice(0, 16) };
  mkdirSync(DIST_ROOT, { recursive: true });
  writeFileSync(`${stampFile}.${process.pid}.tmp`, JSON.stringify({ head, stats, hashes }));
  renameSync(`${stampFile}.${process.pid}.tmp`, stampFile);
  return hashes;
}

/** `import.meta.url` and `import.meta.dirname` of a source file, written in as that file's own (a bundle has no modules of its own). */
const ownLocation = {
  name: "linimasa-own-location",
  setup(build) {
    build.onLoad({ filter: /[\\/](?:src|bench|tests)[\\/].*\.ts$/ }, (args) => ({
      loader: "ts",
      // The expression, not a string that names it.
      contents: readFileSync(args.path, "utf8").replace(/(?<!["'])\bimport\.meta\.(url|dirname)\b(?!["'])/gu, (_, which) =>
        JSON.stringify(which === "url" ? pathToFileURL(args.path).href : path.dirname(args.path)),
      ),
    }));
  },
};

let ready;

/**
 * The folder of the compiled commands for the sources as they are now,
 * compiling them first when no such folder exists.
 */
export function compiledDist() {
  ready ??= (async () => {
    const esbuildPackage = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "node_modules", "esbuild", "package.json"), "utf8"));
    const hashes = sourceHashes(esbuildPackage.version);
    const dist = path.join(DIST_ROOT, hashes.all);
    if (existsSync(path.join(dist, "done"))) return dist;
    const { build } = await import("esbuild");
    const staging = `${dist}.tmp-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    await build({
      absWorkingDir: PROJECT_ROOT,
      entryPoints: ENTRIES,
      outdir: staging,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      packages: "external",
      logLevel: "error",
      define: {
        __LINIMASA_DIST__: JSON.stringify(pathToFileURL(`${dist}${path.sep}`).href),
        __LINIMASA_PARSER__: JSON.stringify(hashes.parser),
      },
      plugins: [ownLocation],
    });
    mkdirSync(path.join(staging, "done"));
    try {
      renameSync(staging, dist);
    } catch (error) {
      // Another command compiled the same sources at the same time: theirs is as good.
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(path.join(dist, "done"))) throw error;
    }
    for (const old of readdirSync(DIST_ROOT)) {
      if (old !== path.basename(dist) && old !== "stamp.json" && !old.includes(".tmp")) rmSync(path.join(DIST_ROOT, old), { recursive: true, force: true });
    }
    return dist;
  })();
  return ready;
}

/** The file URL of a compiled entry ("cli/build", "site/eleventy-plugin" …). */
export async function compiledModule(entry) {
  if (!(entry in ENTRIES)) throw new Error(`No compiled entry "${entry}"; the entries are ${Object.keys(ENTRIES).join(", ")}`);
  return pathToFileURL(path.join(await compiledDist(), `${entry}.js`)).href;
}
