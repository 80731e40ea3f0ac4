/**
 * Front matter of an article: optional YAML between `---` lines at the top.
 * The one definition of its fields is the zod schema below.
 */
import { isValid, parseISO } from "date-fns";
import matter from "gray-matter";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import type { VFile } from "vfile";

const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, "expected a date such as 2025-02-05 or 2025-02-05T16:59")
  .refine((s) => isValid(parseISO(s.replace(" ", "T"))), "is not a real calendar date")
  // The site reads every time as Jakarta time (WIB); a zone would be dropped and the time shifted.
  .refine((s) => !/(?:Z|[+-]\d{2}:?\d{2})$/.test(s.slice(10)), "a time is read as Jakarta time (WIB): write it without a time zone, such as 2025-02-05T16:59");

/** Fields an editor may set above the article text. All optional. */
export const FrontMatter = z
  .object({
    title: z.string().trim().min(1),
    outlet: z.string().trim().min(1),
    url: z
      .string()
      .url()
      .refine((u) => /^https?:\/\//i.test(u), "only http and https addresses are allowed"),
    // YAML reads `published: 2025` as a number; a year written so is meant as text.
    published: z.preprocess((v) => (typeof v === "number" && Number.isInteger(v) ? String(v) : v), IsoDate),
    author: z.string().trim().min(1),
    tags: z.array(z.string().trim().min(1)),
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, "expected a language code such as id"),
  })
  .partial()
  .strict();
export type FrontMatter = z.infer<typeof FrontMatter>;

export interface SplitArticle {
  data: FrontMatter;
  /** The text below the front matter, with the front matter's lines blanked so line numbers stay true. */
  body: string;
  /** True when the file had a front-matter block. */
  hasFrontMatter: boolean;
}

const engines = {
  // An unquoted `{{ x }}` is a mapping with a mapping as its key, which the
  // YAML library would warn about on the terminal; the schema rejects such a
  // value with its line anyway, so only errors are wanted from the library.
  yaml: (source: string): object => (parseYaml(source, { logLevel: "error" }) ?? {}) as object,
};

/** Line (1-based, in the file) where `key:` is written in the front matter. */
function lineOfKey(text: string, key: string): number {
  const lines = text.split("\n");
  const at = lines.findIndex((l, i) => i > 0 && l.startsWith(`${key}:`));
  return at >= 0 ? at + 1 : 1;
}

/**
 * Split an article into front matter and body, and validate the front matter.
 * Problems become fatal messages on `file` with their line.
 *
 * @example
 * splitFrontMatter("---\ntitle: Judul\n---\nTeks.", file)
 * //=> { data: { title: "Judul" }, body: "\n\n\nTeks.", hasFrontMatter: true }
 */
export function splitFrontMatter(text: string, file: VFile): SplitArticle | null {
  if (!/^---[ \t]*\n/.test(text)) return { data: {}, body: text, hasFrontMatter: false };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines });
  } catch (error) {
    // The YAML source starts with the rest of the opening `---` line, so its line numbers are the file's.
    const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line : 1;
    const column = error instanceof YAMLParseError && error.linePos ? error.linePos[0].col : 1;
    const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
    file.message(`The front matter is not valid YAML (${why}); fix it or remove the block between the --- lines`, {
      place: { line, column },
      ruleId: "front-matter-yaml",
      source: "linimasa",
    }).fatal = true;
    return null;
  }
  const result = FrontMatter.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const unknown = issue.code === "unrecognized_keys" ? issue.keys : [];
      for (const key of unknown.length > 0 ? unknown : [String(issue.path[0] ?? "")]) {
        const why =
          issue.code === "unrecognized_keys"
            ? `Unknown front-matter key "${key}"; the known keys are ${Object.keys(FrontMatter.shape).join(", ")}`
            : `Front-matter "${key}": ${issue.message}`;
        file.message(why, { place: { line: lineOfKey(text, key), column: 1 }, ruleId: "front-matter-field", source: "linimasa" }).fatal = true;
      }
    }
    return null;
  }
  const headLength = text.length - parsed.content.length;
  const blank = text.slice(0, headLength).replace(/[^\n]/g, "");
  if (parsed.content.trim() === "") {
    file.message("The file has front matter but no article text below it; paste the text under the closing ---", {
      place: { line: blank.length + 1, column: 1 },
      ruleId: "no-text",
      source: "linimasa",
    }).fatal = true;
    return null;
  }
  return { data: result.data, body: blank + parsed.content, hasFrontMatter: true };
}
