/**
 * Splits a long list into pages of a fixed size, each knowing its
 * neighbours, so no generated page grows with the size of the corpus.
 */

export interface Pager {
  part: number;
  parts: number;
  previous: string | null;
  next: string | null;
  links: { number: number; url: string; current: boolean }[];
}

export interface Chunk<T> {
  items: T[];
  url: string;
  pager: Pager;
}

/** URL of part `n` (1-based) of a list whose first page is `base`. */
export const partUrl = (base: string, n: number): string => (n === 1 ? base : `${base}${n}/`);

/**
 * Cut `items` into pages of at most `size` (always at least one page).
 *
 * @example
 * paginate([1, 2, 3], 2, "/media/x/").map((c) => [c.url, c.items])
 * //=> [["/media/x/", [1, 2]], ["/media/x/2/", [3]]]
 */
export function paginate<T>(items: readonly T[], size: number, base: string): Chunk<T>[] {
  const parts = Math.max(1, Math.ceil(items.length / size));
  const urls = Array.from({ length: parts }, (_, i) => partUrl(base, i + 1));
  return urls.map((url, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    url,
    pager: {
      part: i + 1,
      parts,
      previous: urls[i - 1] ?? null,
      next: urls[i + 1] ?? null,
      links: parts > 1 ? urls.map((u, j) => ({ number: j + 1, url: u, current: j === i })) : [],
    },
  }));
}
