/**
 * A page's window title pasted as its headline: the headline, then the site's
 * name after a pipe or a dash ("Banjir Rendam Dua Desa | Kalbar Today",
 * "Harga Cabai Naik - Wartabima.com"). The name is the outlet; the words
 * before it are the headline.
 */
import { isDomain, looksLikeBrand } from "../source/brand-shape.ts";
import { findOutletMention, loadOutlets } from "../source/outlets-lexicon.ts";
import { wordCount } from "./text-shape.ts";

export interface TitleSiteName {
  /** The headline without the site's name. */
  title: string;
  /** The site's name as written. */
  site: string;
}

/** The one separator of a window title: a pipe, or a dash between spaces. */
const SEPARATOR = /\s+(\||[-–—])\s+/gu;

/**
 * The headline and the site name of a window title, or null when `line` is
 * not one. After a pipe the name is shaped like a brand (`looksLikeBrand`);
 * after a dash, where a headline's second half may stand ("Timnas Kalah -
 * Media Vietnam Mengejek"), it is a web domain or an outlet of the lexicon.
 * The line holds one separator only (a breadcrumb or a menu holds more),
 * and the headline before it at least `minWords` words.
 *
 * @example
 * titleSiteName("Banjir Rendam Dua Desa di Sintang | Kalbar Today", 4)
 * //=> { title: "Banjir Rendam Dua Desa di Sintang", site: "Kalbar Today" }
 * titleSiteName("Timnas Kalah Tipis - Media Vietnam Mengejek", 4) //=> null
 * titleSiteName("Beranda | Berita | Nasional", 4) //=> null
 */
export function titleSiteName(line: string, minWords: number): TitleSiteName | null {
  const t = line.trim();
  const marks = [...t.matchAll(SEPARATOR)];
  if (marks.length !== 1) return null;
  const m = marks[0]!;
  const title = t.slice(0, m.index).trim();
  const site = t.slice(m.index + m[0].length).trim();
  if (site === "" || site.length > 40 || wordCount(title) < minWords) return null;
  const lex = loadOutlets();
  const hit = findOutletMention(site);
  const known = hit !== null && hit.start === 0 && hit.end === site.length;
  const named = m[1] === "|" ? known || looksLikeBrand(site, "alone", lex) : known || isDomain(site, lex);
  return named ? { title, site } : null;
}
