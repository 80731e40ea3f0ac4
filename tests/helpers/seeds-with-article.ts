/**
 * The seeds and one more article of a test's own, built into a temporary
 * folder with a real build command and served over HTTP, for the browser
 * tests of an article the shared site does not hold.
 */
import { execFile } from "node:child_process";
import type { Server } from "node:http";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";
import { serveStatic } from "./serve-static.ts";

export interface BuiltSite {
  /** The built site's folder. */
  site: string;
  /** What the build printed (standard output and error). */
  output: string;
  /** The static server's address. */
  base: string;
  /** Stop the server and remove the folder. */
  close(): Promise<void>;
}

/**
 * Copy the seeds and `fixture` (saved as `name`) into a temporary folder,
 * build them with `command` (arguments after the program; `--seeds` and
 * `--out` are added) and serve the site.
 *
 * @example
 * const built = await buildSeedsWith("fixtures/undated-article.txt", "900_tanpa-tanggal.txt", ["bin/linimasa.mjs", "build"]);
 * built.base //=> "http://127.0.0.1:41237"
 */
async function buildSeedsWith(fixture: string, name: string, command: { program: string; args: string[] }): Promise<BuiltSite> {
  const root = await mkdtemp(path.join(tmpdir(), "linimasa-seeds-with-"));
  const seeds = path.join(root, "seeds");
  const site = path.join(root, "_site");
  await cp("seeds", seeds, { recursive: true });
  await cp(fixture, path.join(seeds, name));
  const { stdout, stderr } = await promisify(execFile)(command.program, [...command.args, "--seeds", seeds, "--out", site], { maxBuffer: 64 << 20 });
  const served: { server: Server; url: string } = await serveStatic(site);
  return {
    site,
    output: stdout + stderr,
    base: served.url,
    async close() {
      served.server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The built site and one Chromium, for a test file's tests. */
export interface SeedsWithSession {
  built(): BuiltSite;
  browser(): Browser;
}

/**
 * Build the seeds with `fixture` and start Chromium before the file's tests
 * (`buildSeedsWith`), stop both after: the session of a browser test of one
 * article of its own, as `useSite` is for the shared site.
 */
export function useSeedsWith(fixture: string, name: string, command: { program: string; args: string[] }): SeedsWithSession {
  let built: BuiltSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    built = await buildSeedsWith(fixture, name, command);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await built?.close();
  });
  return { built: () => built!, browser: () => browser! };
}
