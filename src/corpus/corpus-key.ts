/**
 * What a build makes a site from, as one hash: the name and bytes of every
 * article, the parser, and the templates, code and settings the site is
 * rendered with. Two builds with the same key make the same site, so a build
 * whose key is the last site's has nothing to do.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { listArticles } from "../ingest/list-articles.ts";
import { siteInputs } from "../site/site-inputs.ts";
import { parserFingerprint } from "./article-cache.ts";

/**
 * The key of the articles under `seeds`, or null when listing them found a
 * problem (the build must then report it).
 *
 * @example
 * await corpusKey("seeds") //=> "7d0f…" (32 hex digits)
 */
export async function corpusKey(seeds: string): Promise<string | null> {
  const { files, problems } = await listArticles(seeds);
  if (problems.length > 0) return null;
  const hash = createHash("sha256").update(siteInputs()).update("\0").update(parserFingerprint()).update("\0");
  for (const file of files) hash.update(file.name).update("\0").update(await readFile(file.path)).update("\0");
  return hash.digest("hex").slice(0, 32);
}
