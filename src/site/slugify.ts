/**
 * URL segments made from names (outlets, unknown claimants).
 */

/**
 * A lower-case ASCII slug of a name; "x" when nothing is left.
 *
 * @example
 * slugify("Liputan6.com") //=> "liputan6-com"
 * slugify("Badan Intelijen (NIS)") //=> "badan-intelijen-nis"
 */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "x";
}
