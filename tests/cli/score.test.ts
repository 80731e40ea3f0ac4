import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const exec = promisify(execFile);
const LAUNCHER = path.resolve("bin/linimasa.mjs");
const FULL = "tests/score/fixtures/full";

async function score(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [LAUNCHER, "score", ...args], { maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const broken = mkdtempSync(path.join(os.tmpdir(), "score-cli-"));
writeFileSync(path.join(broken, "01-a.txt"), "Jakarta - Teks.\n");
writeFileSync(path.join(broken, "gold.json"), JSON.stringify([{ file: "01-a.txt", on_topic: "yes" }]));
afterAll(() => rmSync(broken, { recursive: true, force: true }));

describe("npm run score", () => {
  it("scores the seeds against their reference without options, as before", async () => {
    const { code, stdout } = await score();
    expect(code).toBe(0);
    expect(stdout).toMatch(/^checks: \d+\/\d+ \(100\.0%\)$/mu);
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(/^figures: recall \d+\/\d+ \(100\.0%\), precision .*"other" numbers counted as troops: 0$/u);
  }, 60_000);

  it("prints each file's misses, then a summary of at most ten lines, last", async () => {
    const { code, stdout } = await score("--corpus", FULL);
    expect(code).toBe(0);
    expect(stdout).toContain("── 02-warta-nis.txt\n");
    const summary = stdout.trimEnd().split("\n").slice(-8);
    expect(summary[0]).toBe(`${FULL}: 5 files, refused 1/5 (20.0%)`);
    expect(summary.at(-1)).toBe("off-topic troop figures 1");
  }, 60_000);

  it("gives the scores of one file as JSON with --json --file", async () => {
    const { code, stdout } = await score("--corpus", FULL, "--json", "--file", "01-kabarpagi-jcs.txt");
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { files: { file: string }[]; totals: { refused: unknown } };
    expect(json.files.map((f) => f.file)).toEqual(["01-kabarpagi-jcs.txt"]);
    expect(json.totals.refused).toEqual({ n: 1, of: 5 });
  }, 60_000);

  it("names gold.json and the field when it is malformed, and exits 1", async () => {
    const { code, stderr } = await score("--corpus", broken);
    expect(code).toBe(1);
    expect(stderr).toContain(`${path.join(broken, "gold.json")}: entry 1 ("01-a.txt"), field "on_topic": `);
  }, 60_000);

  it("exits 1 for a missing folder or a file the gold does not annotate, and 2 for an unknown option", async () => {
    const [missing, unannotated, unknown] = await Promise.all([score("--corpus", "no/such/folder"), score("--corpus", FULL, "--file", "nope.txt"), score("--corpsu", FULL)]);
    expect([unannotated.code, unannotated.stderr]).toEqual([1, `${FULL}/gold.json annotates no file named "nope.txt"\n`]);
    expect([missing.code, missing.stderr]).toEqual([1, "no/such/folder: no such folder; give --corpus a folder holding the articles and their gold.json\n"]);
    expect(unknown.code).toBe(2);
  }, 60_000);
});
