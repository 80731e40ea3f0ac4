/**
 * Reads and checks a corpus's `gold.json`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Gold, type GoldArticle } from "./gold-schema.ts";

/** A gold.json that cannot be used, with a message naming the file and the field. */
export class GoldError extends Error {
  override name = "GoldError";
}

function describeIssue(file: string, data: unknown, issue: { path: PropertyKey[]; message: string }): string {
  const [index, ...rest] = issue.path;
  if (typeof index !== "number") return `${file}: ${issue.message}`;
  const item = Array.isArray(data) ? (data[index] as { file?: unknown } | undefined) : undefined;
  const name = typeof item?.file === "string" ? ` (${JSON.stringify(item.file)})` : "";
  const field = rest.length > 0 ? `, field "${rest.map(String).join(".")}"` : "";
  return `${file}: entry ${index + 1}${name}${field}: ${issue.message}`;
}

/**
 * The annotated files of the corpus in `dir`, as its `gold.json` lists them.
 * Throws a GoldError naming `gold.json` and the entry and field at fault when
 * the file is missing, is not JSON, does not have the gold shape, lists a file
 * twice, or lists a file the folder does not hold.
 *
 * @example
 * readGold("tests/score/fixtures/full").map((g) => g.file)
 * //=> ["01-kabarpagi-jcs.txt", "02-warta-nis.txt", "03-suarapasar-cabai.txt", "04-lintas-tanpa-tanggal.txt"]
 */
export function readGold(dir: string): GoldArticle[] {
  const file = path.join(dir, "gold.json");
  if (!existsSync(file)) throw new GoldError(`${file}: not found; a corpus folder needs a gold.json beside its articles`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new GoldError(`${file}: not valid JSON (${(error as Error).message}); fix the syntax`);
  }
  const parsed = Gold.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 5).map((issue) => describeIssue(file, data, issue));
    const more = parsed.error.issues.length > 5 ? `\n… and ${parsed.error.issues.length - 5} more` : "";
    throw new GoldError(`${lines.join("\n")}${more}`);
  }
  const seen = new Set<string>();
  parsed.data.forEach((article, i) => {
    if (seen.has(article.file)) throw new GoldError(`${file}: entry ${i + 1}, field "file": ${JSON.stringify(article.file)} is annotated twice`);
    seen.add(article.file);
    if (!existsSync(path.join(dir, article.file))) {
      throw new GoldError(`${file}: entry ${i + 1}, field "file": ${JSON.stringify(article.file)} is not in ${dir}`);
    }
  });
  return parsed.data;
}
