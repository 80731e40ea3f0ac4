/**
 * The second pass of a build: articles whose text gives only an estimated
 * date are dated again with the dated articles as context, on every core.
 *
 * A result is cached with the context it was made with. On the next build it
 * still holds when no dated article of that context went away, the context's
 * common words are the same, and none of the dated articles added since tells
 * any sentence of the article: then the new context cannot narrow its date
 * differently. Adding one article to a large corpus therefore re-dates only
 * the undated articles that tell the same story as the new one.
 */
import { createHash } from "node:crypto";
import { toContext } from "../extract/published/context-entry.ts";
import { commonWords, contextIndex, sameStoryTest } from "../extract/published/context-index.ts";
import type { Entry } from "../schema/entry.ts";
import type { ArticleCache, CachedArticle } from "./article-cache.ts";
import type { ParsePool, PoolItem } from "./parse-pool.ts";

/** A context-dated result, with the signature of the context it was dated with. */
interface ContextDated extends CachedArticle {
  context: string;
}

/** What a context was: its dated entries (hash:date) and its common words. */
interface ContextRecord {
  dated: string[];
  common: string[];
}

const tag = (e: Entry): string => `${e.hash}:${e.published.date}`;

function signatureOf(tags: readonly string[]): string {
  const hash = createHash("sha256");
  for (const t of tags) hash.update(`${t}\n`);
  return hash.digest("hex");
}

/**
 * Decides whether a result dated with an earlier context holds with the
 * current one (one decision per earlier context, then one check per result).
 */
function validity(cache: ArticleCache, now: ContextRecord, dated: readonly Entry[]) {
  const current = new Set(now.dated);
  const commonNow = now.common.join("\n");
  const common = new Set(now.common);
  /** Per earlier context: a test of whether the dated articles added since tell a text, or null when the result cannot hold. */
  const tests = new Map<string, ((texts: readonly string[]) => boolean) | null>();
  const addedSince = (signature: string): ((texts: readonly string[]) => boolean) | null => {
    if (tests.has(signature)) return tests.get(signature)!;
    const before = cache.get<ContextRecord>(`context-${signature}`);
    let test: ((texts: readonly string[]) => boolean) | null = null;
    if (before && before.common.join("\n") === commonNow && before.dated.every((t) => current.has(t))) {
      const had = new Set(before.dated);
      test = sameStoryTest(toContext(dated.filter((e) => !had.has(tag(e)))), common);
    }
    tests.set(signature, test);
    return test;
  };
  return (hit: ContextDated): boolean => {
    const tellsAny = addedSince(hit.context);
    if (tellsAny === null || hit.entry === null) return false;
    return !tellsAny(hit.entry.sentences.map((s) => s.text));
  };
}

/**
 * Date again, in place in `results`, every article whose date is estimated;
 * returns how many were parsed again (the others came from the cache).
 *
 * @example
 * await dateByContext(items, results, cache, pool) //=> 2 (002 and 004 of the seeds: from "≥ 2022" to their month)
 */
export async function dateByContext(items: readonly PoolItem[], results: (CachedArticle | null)[], cache: ArticleCache | null, pool: ParsePool): Promise<number> {
  const dated = results.flatMap((r) => (r?.entry && !r.entry.published.estimated ? [r.entry] : []));
  const undated = results.flatMap((r, i) => (r?.entry?.published.estimated ? [i] : []));
  if (dated.length === 0 || undated.length === 0) return 0;
  const context = toContext(dated);
  const now: ContextRecord = { dated: dated.map(tag), common: commonWords(contextIndex(context)) };
  const signature = signatureOf(now.dated);
  const keys = undated.map((i) => cache?.key(items[i]!.name, items[i]!.bytes, "context") ?? "");
  const holds = cache ? validity(cache, now, dated) : () => false;
  const todo: number[] = [];
  undated.forEach((i, j) => {
    const hit = cache?.get<ContextDated>(keys[j]!) ?? null;
    if (hit && (hit.context === signature || holds(hit))) results[i] = hit;
    else todo.push(j);
  });
  if (todo.length === 0) return 0;
  cache?.set(`context-${signature}`, now);
  await pool.parse(
    todo.map((j) => items[undated[j]!]!),
    (k, result) => {
      const j = todo[k]!;
      results[undated[j]!] = result;
      cache?.set(keys[j]!, { ...result, context: signature } satisfies ContextDated);
    },
    context,
  );
  return todo.length;
}
