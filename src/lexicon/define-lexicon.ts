/**
 * The one way a lexicon is loaded: a YAML data file in `src/lexicon/` that
 * an editor can extend without touching code, read on first use (never at
 * import), checked by its zod schema, and compiled once into what the code
 * looks words up in. A mistake in the file is reported as
 * `src/lexicon/FILE.yaml:LINE:COL` with the field and what is wrong, every
 * mistake at once.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { z } from "zod";

export const LEXICON_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The compiled commands' folder (bin/compile.mjs defines it); undefined when this module runs from its TypeScript source. */
declare const __LINIMASA_DIST__: string | undefined;

/**
 * Checked data of a lexicon text, kept by the compiled code beside itself:
 * the same text checked by the same code gives the same data, so later
 * commands skip parsing the YAML and checking it again.
 */
function checkedData<S extends z.ZodType>(name: string, text: string, schema: S): z.output<S> {
  const file = `src/lexicon/${name}.yaml`;
  const kept = typeof __LINIMASA_DIST__ === "string" ? path.join(fileURLToPath(__LINIMASA_DIST__), "lexicons", `${name}-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.json`) : null;
  if (kept) {
    try {
      return JSON.parse(readFileSync(kept, "utf8")) as z.output<S>;
    } catch {
      // not checked yet
    }
  }
  const checked = checkLexicon(file, text, schema);
  if (!checked.ok) throw new LexiconError(name, checked.issues);
  if (kept) {
    mkdirSync(path.dirname(kept), { recursive: true });
    writeFileSync(`${kept}.${process.pid}.tmp`, JSON.stringify(checked.data));
    renameSync(`${kept}.${process.pid}.tmp`, kept);
  }
  return checked.data;
}

/** A lexicon file with mistakes: `issues` holds one `file:line:col  message` per mistake. */
export class LexiconError extends Error {
  readonly issues: string[];
  constructor(name: string, issues: string[]) {
    super(`The lexicon ${name} has ${issues.length === 1 ? "a mistake" : `${issues.length} mistakes`}; fix the data file:\n${issues.map((i) => `  ${i}`).join("\n")}`);
    this.name = "LexiconError";
    this.issues = issues;
  }
}

/** Where the node at `keys` starts, 1-based; the nearest existing parent when the key is missing. */
function placeOf(doc: Document, lines: LineCounter, keys: readonly PropertyKey[]): { line: number; col: number } {
  for (let n = keys.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

/**
 * Read and check one lexicon's text; `file` names it in messages.
 *
 * @example
 * checkLexicon("src/lexicon/measures.yaml", "units: [km, 3]\n", Measures)
 * //=> { ok: false, issues: ["src/lexicon/measures.yaml:1:13  units.1: Invalid input: expected string, received number"] }
 */
export function checkLexicon<S extends z.ZodType>(file: string, text: string, schema: S): { ok: true; data: z.output<S> } | { ok: false; issues: string[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { ok: false, issues: doc.errors.map((e) => {
      const at = lines.linePos(e.pos[0]);
      return `${file}:${at.line}:${at.col}  ${e.message.split("\n")[0]}`;
    }) };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const at = placeOf(doc, lines, issue.path);
      return `${file}:${at.line}:${at.col}  ${issue.path.join(".") || "(top)"}: ${issue.message}`;
    }),
  };
}

/**
 * A lexicon: `src/lexicon/<name>.yaml`, checked by `schema` and compiled by
 * `compile`, all on the first call of the returned function, then cached.
 *
 * @example
 * const measures = defineLexicon("measures", Measures, (data) => new Set(data.units));
 * measures().has("km persegi") //=> true
 */
export function defineLexicon<S extends z.ZodType, C>(name: string, schema: S, compile: (data: z.output<S>) => C): () => C {
  let compiled: { value: C } | undefined;
  return () => {
    if (compiled) return compiled.value;
    compiled = { value: compile(checkedData(name, readFileSync(path.join(LEXICON_DIR, `${name}.yaml`), "utf8"), schema)) };
    return compiled.value;
  };
}

/**
 * A value worked out from lexicons on first use, then cached: for what
 * combines several lexicons.
 *
 * @example
 * const claims = once(() => compileClaims(claimants(), verbs(), hedges()));
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
