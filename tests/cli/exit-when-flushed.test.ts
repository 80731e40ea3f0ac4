import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const exec = promisify(execFile);
const helper = path.resolve("src/cli/exit-when-flushed.ts");

describe("exitWhenFlushed", () => {
  it("lets a reader on a pipe receive every byte of a large output before the exit", async () => {
    const script = `import { exitWhenFlushed } from ${JSON.stringify(helper)}; process.stdout.write("x".repeat(4 << 20)); await exitWhenFlushed(3);`;
    const error = (await exec(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { maxBuffer: 64 << 20 }).catch((e: unknown) => e)) as { code: number; stdout: string };
    expect(error.code).toBe(3);
    expect(error.stdout.length).toBe(4 << 20);
  }, 60_000);
});
