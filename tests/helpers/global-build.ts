/**
 * vitest global setup: builds the seeds once, with the real `npm run build`
 * command, into a temporary folder that the site and browser tests share.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

const run = promisify(execFile);

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    buildOutput: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(tmpdir(), "linimasa-site-"));
  const out = path.join(root, "_site");
  const { stdout, stderr } = await run(process.execPath, ["bin/linimasa.mjs", "build", "--out", out], { maxBuffer: 64 << 20 });
  project.provide("siteDir", out);
  project.provide("buildOutput", stdout + stderr);
  return async () => {
    await rm(root, { recursive: true, force: true });
  };
}
