/**
 * The Nu Html Checker (vnu.jar, from the vnu-jar package) run on a file or a
 * folder. vnu writes its JSON report to stderr and exits with 1 when it
 * finds an error; both are returned. A missing java or vnu.jar, or output
 * that is not vnu's JSON report, fails with what to do.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";

export interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

export interface NuReport {
  /** vnu's exit code: 0 when it found no error, 1 when it did. */
  exitCode: number;
  messages: NuMessage[];
}

function vnuJar(): string {
  try {
    return createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
  } catch {
    throw new Error("vnu.jar is missing: run `npm install` (the vnu-jar package holds it).");
  }
}

/** Check every HTML file under `target` (a file or a folder), reporting errors only. */
export function checkHtml(target: string): Promise<NuReport> {
  const args = ["-jar", vnuJar(), "--errors-only", "--format", "json", "--skip-non-html", target];
  return new Promise((resolve, reject) => {
    execFile("java", args, { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if ((error as NodeJS.ErrnoException | null)?.code === "ENOENT") {
        reject(new Error("java is missing: the Nu Html Checker needs a Java runtime (`bash .ci/install-system-tools` installs one)."));
        return;
      }
      const exitCode = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      // The JVM may note options it picked up from the environment before the report.
      const json = stderr.replace(/^Picked up \w+: .*\n/gmu, "");
      let report: { messages?: unknown } | null = null;
      try {
        report = JSON.parse(json) as { messages?: unknown };
      } catch {
        // handled below
      }
      if (!Array.isArray(report?.messages)) {
        reject(new Error(`The Nu Html Checker gave no JSON report (exit code ${exitCode}${error?.signal ? `, signal ${error.signal}` : ""}). It wrote:\n${stderr}${stdout}`));
        return;
      }
      resolve({ exitCode, messages: report.messages as NuMessage[] });
    });
  });
}
