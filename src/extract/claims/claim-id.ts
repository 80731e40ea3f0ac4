/**
 * Claims are named by their article and sentence.
 *
 * @example
 * claimId("000-022d6d6978ebefb1", 3) //=> "000-022d6d6978ebefb1-k3"
 */
export function claimId(article: string, sentence: number): string {
  return `${article}-k${sentence}`;
}
