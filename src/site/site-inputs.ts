/**
 * What a site is rendered with besides its articles: the templates, the
 * public files, the Eleventy configuration, the site settings and the code.
 * Pages of the last site can be carried over only when this is unchanged.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./project-root.ts";

/** The compiled commands' folder (bin/compile.mjs defines it, named by the hash of every source); undefined when this module runs from its TypeScript source. */
declare const __LINIMASA_DIST__: string | undefined;

/** Files of `dir` (relative to the project), sorted. */
function filesOf(dir: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(PROJECT_ROOT, path.join(d.parentPath, d.name)))
    .sort();
}

let inputs: string | undefined;

/**
 * The hash of everything a site is rendered with but its articles.
 *
 * @example
 * siteInputs() //=> "9b1c0e…" (changes when a template, a public file or the code changes)
 */
export function siteInputs(): string {
  if (inputs !== undefined) return inputs;
  const hash = createHash("sha256");
  // Compiled, the code is named by its folder; from TypeScript (the tests), by its files.
  const code = typeof __LINIMASA_DIST__ === "string" ? [] : filesOf("src");
  hash.update(typeof __LINIMASA_DIST__ === "string" ? __LINIMASA_DIST__ : "source").update("\0");
  for (const file of [...filesOf("templates"), ...filesOf("public"), ".eleventy.js", ...code]) {
    hash.update(file).update("\0").update(readFileSync(path.join(PROJECT_ROOT, file))).update("\0");
  }
  inputs = hash.digest("hex").slice(0, 32);
  return inputs;
}
