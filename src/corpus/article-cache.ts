/**
 * A cache of article readings on disk, keyed by the article's bytes and name
 * and by the parser's fingerprint (PARSER_VERSION and every file of the
 * parser's code and lexicons), so a rebuild reads only new or changed
 * articles and a parser or lexicon change reads everything again. Placing a
 * reading is cheap and is done on every build, so nothing about other
 * articles is cached.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PARSER_VERSION } from "../extract/read/parser-version.ts";
import type { Reading } from "../extract/read/reading.ts";
import { LEXICON_DIR } from "../lexicon/define-lexicon.ts";
import type { MessageRecord } from "./format-messages.ts";

/** What reading one article gave: its reading, or null, and the problems found. */
export interface CachedReading {
  reading: Reading | null;
  messages: MessageRecord[];
}

let fingerprint: string | undefined;

/** The hash of the parser's files, made when the commands were compiled (bin/compile.mjs); undefined when this module runs from its TypeScript source. */
declare const __LINIMASA_PARSER__: string | undefined;

/** The folders whose files make the parser: its code, its schema and its lexicons (as bin/compile.mjs lists them). */
const PARSER_SOURCES = ["src/extract", "src/ingest", "src/schema", "src/lexicon", "src/text", "src/calendar"];

/**
 * What the parser is: PARSER_VERSION and the content of every file of its
 * code, schema and lexicons — hashed when the commands were compiled
 * (bin/compile.mjs), or here, the same way, when running from TypeScript.
 * Any change gives another fingerprint, so every cached reading is stale and
 * the article is read again.
 *
 * @example
 * parserFingerprint() //=> "3:5c0e9a7b2d41f380" (the version, then a hash of the parser's files)
 */
export function parserFingerprint(): string {
  if (fingerprint === undefined && typeof __LINIMASA_PARSER__ === "string") fingerprint = `${PARSER_VERSION}:${__LINIMASA_PARSER__}`;
  if (fingerprint === undefined) {
    const root = path.join(LEXICON_DIR, "..", "..");
    const files = PARSER_SOURCES.flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
        .filter((name) => /\.(?:ts|yaml|json)$/u.test(name))
        .map((name) => path.join(dir, name)),
    ).sort();
    const hash = createHash("sha256");
    for (const file of files) hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
    fingerprint = `${PARSER_VERSION}:${hash.digest("hex").slice(0, 16)}`;
  }
  return fingerprint;
}

const remembered = new Map<string, Map<string, CachedReading>>();
const rememberedIn = (dir: string): Map<string, CachedReading> => {
  let memory = remembered.get(dir);
  if (!memory) remembered.set(dir, (memory = new Map()));
  return memory;
};

export class ArticleCache {
  readonly dir: string;
  readonly fingerprint: string;

  /** Readings this process has seen, when it keeps them (the preview server, between its rebuilds). */
  readonly #memory: Map<string, CachedReading> | null;

  /**
   * `fingerprint` defaults to the parser's; a different one sees none of the
   * entries cached under another. With `remember`, readings are also kept in
   * memory by every cache of this folder in the process.
   */
  constructor(dir: string, fingerprint = parserFingerprint(), options: { remember?: boolean } = {}) {
    this.dir = dir;
    this.fingerprint = fingerprint;
    this.#memory = options.remember ? rememberedIn(dir) : null;
  }

  /** The key of an article: its name, its bytes and the parser. */
  key(name: string, bytes: Uint8Array): string {
    return createHash("sha256").update(this.fingerprint).update("\0").update(name).update("\0").update(bytes).digest("hex");
  }

  get(key: string): CachedReading | null {
    const kept = this.#memory?.get(key);
    if (kept) return kept;
    try {
      const found = JSON.parse(readFileSync(path.join(this.dir, key.slice(0, 2), `${key}.json`), "utf8")) as CachedReading;
      this.#memory?.set(key, found);
      return found;
    } catch {
      return null;
    }
  }

  /** Store atomically: a half-written file is never read back. */
  set(key: string, value: CachedReading): void {
    const folder = path.join(this.dir, key.slice(0, 2));
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${key}.json`);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(value));
    renameSync(temp, file);
    this.#memory?.set(key, value);
  }
}
