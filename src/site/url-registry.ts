/**
 * Stable, unique URL segments for names and ids that come from articles
 * (outlets, claimants), so a page address never depends on unsafe text.
 */
import { slugify } from "./slugify.ts";

const SAFE = /^[a-z0-9][a-z0-9-]{0,79}$/;

/**
 * A function giving each key its own segment: the key itself when it is
 * already a safe slug, else a slug of it, numbered on collision with
 * another key or with a `reserved` segment.
 *
 * @example
 * const seg = urlRegistry(); [seg("nis"), seg("Liputan6.com"), seg("liputan6-com")]
 * //=> ["nis", "liputan6-com", "liputan6-com-2"]
 */
export function urlRegistry(reserved: readonly string[] = []): (key: string) => string {
  const byKey = new Map<string, string>();
  const used = new Set<string>(reserved);
  return (key) => {
    const known = byKey.get(key);
    if (known) return known;
    const base = SAFE.test(key) ? key : slugify(key);
    let segment = base;
    for (let n = 2; used.has(segment); n++) segment = `${base}-${n}`;
    used.add(segment);
    byKey.set(key, segment);
    return segment;
  };
}
