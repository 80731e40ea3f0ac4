/**
 * The outlet a page names itself as, in the name the site already uses for
 * it: a name or alias listed in `src/lexicon/outlets.yaml` becomes that
 * outlet's canonical name, so an article added from `og:site_name`
 * "KOMPAS.com" joins the other Kompas.com articles.
 */
import { loadOutlets } from "../../extract/source/outlets-lexicon.ts";

/** Letters and digits only, lower case: "KOMPAS.com" and "Kompas .com" fold alike. */
const fold = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * The canonical outlet name for `name` when the outlets lexicon knows it,
 * else `name` as the page wrote it.
 *
 * @example
 * outletName("KOMPAS.com")  //=> "Kompas.com"
 * outletName("ANTARA News") //=> "Antara"
 * outletName("Suara Kini")  //=> "Suara Kini"
 */
export function outletName(name: string): string {
  const key = fold(name);
  if (key === "") return name;
  for (const outlet of loadOutlets().outlets) {
    if ([outlet.name, ...outlet.aliases].some((a) => fold(a) === key)) return outlet.name;
  }
  return name;
}
