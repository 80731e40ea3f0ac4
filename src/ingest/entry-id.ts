/**
 * The URL slug of an article: its file name without the extension, folded to
 * lower-case ASCII letters, digits and hyphens.
 */

/**
 * URL slug for an article file name. Two files whose names give the same slug
 * would write the same page, so the listing refuses them.
 *
 * @example
 * entryId("000_022d6.txt")        //=> "000-022d6"
 * entryId("sub/Berita Baru.md")   //=> "sub-berita-baru"
 * entryId("kabar_satu.txt") === entryId("Kabar-Satu.md") //=> true
 */
export function entryId(name: string): string {
  const base = name.replace(/\.[^./]+$/u, "");
  const slug = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
  return slug || "artikel";
}
