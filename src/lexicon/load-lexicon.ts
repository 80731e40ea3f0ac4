/**
 * Loads a lexicon: a YAML data file in `src/lexicon/` that an editor can extend
 * without touching code. Each lexicon is validated by the zod schema its user
 * passes, so a typo in a data file fails with the file and the field.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { parse } from "yaml";
import type { z } from "zod";

export const LEXICON_DIR = path.dirname(fileURLToPath(import.meta.url));

const cache = new Map<string, unknown>();

/**
 * Read and validate `src/lexicon/<name>.yaml` (cached per process).
 *
 * @example
 * const verbs = loadLexicon("reporting-verbs", ReportingVerbs);
 * //=> { verbs: [{ word: "kata", position: "post" }, ...] }
 */
export function loadLexicon<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as z.infer<T>;
  const file = path.join(LEXICON_DIR, `${name}.yaml`);
  const data: unknown = parse(readFileSync(file, "utf8"));
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues
      .map((i) => `  ${file}: ${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("\n");
    throw new Error(`Lexicon ${name} is invalid; fix the data file:\n${issues}`);
  }
  cache.set(name, result.data);
  return result.data as z.infer<T>;
}
