/**
 * Problems reported by the pipeline, for people (`file:line:col  error  …`)
 * and for tools (`--json`).
 */
import type { VFile } from "vfile";

export interface MessageRecord {
  file: string;
  line: number | null;
  column: number | null;
  severity: "error" | "warning";
  rule: string | null;
  message: string;
}

/** Every message of every file, errors and warnings, in file order. */
export function collectMessages(files: VFile[]): MessageRecord[] {
  return files.flatMap((file) =>
    file.messages.map((m) => ({
      file: file.path,
      line: m.line ?? null,
      column: m.column ?? null,
      severity: m.fatal === true ? ("error" as const) : ("warning" as const),
      rule: m.ruleId ?? null,
      message: m.reason,
    })),
  );
}

/**
 * One line per message, `file:line:col  severity  message  [rule]`, then a
 * count. Empty string when there is nothing to say.
 *
 * @example
 * formatMessages(collectMessages([file]))
 * //=> "seeds/x.txt:3:1  error  Unknown front-matter key \"titel\"; …  [front-matter-field]\n1 error"
 */
export function formatMessages(records: MessageRecord[]): string {
  if (records.length === 0) return "";
  const lines = records.map((r) => {
    const where = r.line === null ? r.file : `${r.file}:${r.line}:${r.column ?? 1}`;
    return `${where}  ${r.severity}  ${r.message}${r.rule ? `  [${r.rule}]` : ""}`;
  });
  const errors = records.filter((r) => r.severity === "error").length;
  const warnings = records.length - errors;
  const count = [errors ? `${errors} error${errors > 1 ? "s" : ""}` : "", warnings ? `${warnings} warning${warnings > 1 ? "s" : ""}` : ""]
    .filter(Boolean)
    .join(", ");
  return `${lines.join("\n")}\n${count}`;
}
