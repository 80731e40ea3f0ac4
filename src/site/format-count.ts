/**
 * Numbers of people as Indonesian readers write them: "2.700",
 * "10.000–12.000", "≥ 10.000".
 */

const NUMBER = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

/**
 * Format a count, or a range of counts with open bounds, in Indonesian.
 *
 * @example
 * formatCount(2700) //=> "2.700"
 * formatCount(10000, 12000) //=> "10.000–12.000"
 * formatCount(10000, null) //=> "≥ 10.000"
 * formatCount(null, 500) //=> "≤ 500"
 */
export function formatCount(min: number | null, max: number | null = min): string {
  if (min === null && max === null) return "?";
  if (max === null) return `≥ ${NUMBER.format(min ?? 0)}`;
  if (min === null) return `≤ ${NUMBER.format(max)}`;
  if (min === max) return NUMBER.format(min);
  return `${NUMBER.format(min)}–${NUMBER.format(max)}`;
}
