/**
 * A cache of parsed articles on disk, keyed by the article's bytes and name
 * and by the parser's fingerprint (PARSER_VERSION and every lexicon file),
 * so a rebuild parses only new or changed articles and a parser or lexicon
 * change parses everything again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PARSER_VERSION } from "../extract/parse-article.ts";
import { LEXICON_DIR } from "../lexicon/load-lexicon.ts";
import type { Entry } from "../schema/entry.ts";
import type { MessageRecord } from "./format-messages.ts";

export interface CachedArticle {
  entry: Entry | null;
  messages: MessageRecord[];
}

let fingerprint: string | undefined;

/**
 * What the parser is: its version and the content of every lexicon. Any
 * change gives another fingerprint, so every cached entry is stale.
 *
 * @example
 * parserFingerprint() //=> "1:5c0e…" (version, then a hash of the lexicons)
 */
export function parserFingerprint(): string {
  if (fingerprint === undefined) {
    const hash = createHash("sha256");
    for (const name of readdirSync(LEXICON_DIR).filter((n) => n.endsWith(".yaml")).sort()) {
      hash.update(name).update("\0").update(readFileSync(path.join(LEXICON_DIR, name))).update("\0");
    }
    fingerprint = `${PARSER_VERSION}:${hash.digest("hex").slice(0, 16)}`;
  }
  return fingerprint;
}

export class ArticleCache {
  readonly dir: string;
  readonly fingerprint: string;

  /** `fingerprint` defaults to the parser's; a different one sees none of the entries cached under another. */
  constructor(dir: string, fingerprint = parserFingerprint()) {
    this.dir = dir;
    this.fingerprint = fingerprint;
  }

  /** The key of an article: its name, bytes, the parser, and (second pass) its dating context. */
  key(name: string, bytes: Uint8Array, context = ""): string {
    return createHash("sha256").update(this.fingerprint).update("\0").update(name).update("\0").update(bytes).update("\0").update(context).digest("hex");
  }

  get(key: string): CachedArticle | null {
    try {
      return JSON.parse(readFileSync(path.join(this.dir, key.slice(0, 2), `${key}.json`), "utf8")) as CachedArticle;
    } catch {
      return null;
    }
  }

  /** Store atomically: a half-written file is never read back. */
  set(key: string, value: CachedArticle): void {
    const folder = path.join(this.dir, key.slice(0, 2));
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${key}.json`);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(value));
    renameSync(temp, file);
  }
}
