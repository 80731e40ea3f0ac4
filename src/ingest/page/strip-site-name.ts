/**
 * A page title without the site's name: `og:title` and `<title>` often end
 * in " - KabarSatu.com" or " | Suara Kini", which is not part of the headline.
 */

const SEPARATOR = /\s+[-|–—:·•»/\\]\s+|\s*[|–—·•»]\s*/gu;
const fold = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * `title` with a trailing " <separator> <site>" removed when <site> is one of
 * `siteNames` (compared by letters and digits alone), or when what comes
 * before the separator is the page's own headline `h1`. Unchanged otherwise,
 * and never emptied.
 *
 * @example
 * stripSiteName("Zelensky: Ratusan Tentara Korut Tewas di Kursk | Suara Kini", ["Suara Kini"])
 * //=> "Zelensky: Ratusan Tentara Korut Tewas di Kursk"
 * stripSiteName("Korut Disebut Kirim Rudal | Fajar Pagi Online", [], "Korut Disebut Kirim Rudal")
 * //=> "Korut Disebut Kirim Rudal"
 * stripSiteName("Korut Tarik Pasukan - Rusia Membantah", ["KabarDunia"]) //=> "Korut Tarik Pasukan - Rusia Membantah"
 */
export function stripSiteName(title: string, siteNames: readonly (string | null)[], h1?: string | null): string {
  const sites = new Set(siteNames.filter((s): s is string => s !== null).map(fold).filter(Boolean));
  let cut: string | null = null;
  for (const m of title.matchAll(SEPARATOR)) {
    const head = title.slice(0, m.index).trim();
    const tail = title.slice(m.index + m[0].length).trim();
    if (head === "" || tail === "") continue;
    const tailKey = fold(tail);
    const isSite = [...sites].some((s) => s === tailKey || (s.length >= 4 && tailKey.length >= 4 && (tailKey.startsWith(s) || s.startsWith(tailKey))));
    if (isSite || (h1 && fold(h1) === fold(head))) cut = head;
  }
  return cut ?? title;
}
