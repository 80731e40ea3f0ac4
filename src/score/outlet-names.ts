/**
 * Which outlet names a gold annotation accepts, and whether an outlet found
 * by the parser is one of them.
 *
 * The rule: a gold outlet "Main (Other, Network)" accepts its main name and
 * every name in its brackets (split at commas, semicolons and slashes),
 * except a network name ("Tribun Network", "… Group", "Jaringan …"): a site
 * of a network is its own outlet. Two names match when they are equal after
 * folding case and diacritics and dropping spaces and punctuation, where one
 * side may also drop a web-domain ending (".com", ".co.id", ".id", ".tv" …):
 * "KONTAN.CO.ID" is "Kontan", "KOMPAS.TV" is "Kompas TV", but "Kompas.tv"
 * is not "Kompas.com" (both carry an ending, and the endings differ).
 */
import { foldWords } from "./fold-text.ts";

const NETWORK = /\b(?:network|group|grup|jaringan)\b/iu;
/** A web-domain ending: ".com", ".id", ".co.id", ".my.id", ".news". */
const DOMAIN_ENDING = /(?:\.[a-z]{2,3})?\.[a-z]{2,6}$/iu;

const compact = (name: string): string => foldWords(name).join("");
const bare = (name: string): string => compact(name.trim().replace(DOMAIN_ENDING, ""));

/**
 * The names a gold outlet accepts: its main name, then each bracketed name
 * that is not a network's.
 *
 * @example
 * outletNames("SuryaMalang.com (Surya Malang, Tribun Network)")
 * //=> ["SuryaMalang.com", "Surya Malang"]
 * outletNames("Rakyat Bengkulu (KORANRB.ID)")
 * //=> ["Rakyat Bengkulu", "KORANRB.ID"]
 */
export function outletNames(gold: string): string[] {
  const main = gold.replace(/\([^()]*\)/gu, " ").replace(/\s+/gu, " ").trim();
  const bracketed = [...gold.matchAll(/\(([^()]*)\)/gu)].flatMap((m) => m[1]!.split(/[,;/]/u)).map((s) => s.trim());
  const names = [main, ...bracketed].filter((n) => compact(n) !== "" && !NETWORK.test(n));
  return [...new Set(names)];
}

/**
 * True when `got` (the parser's outlet) is one of the names `gold` accepts.
 *
 * @example
 * outletMatches("KONTAN.CO.ID", "Kontan") //=> true
 * outletMatches("Tribun Network", "TribunnewsBogor.com (Tribun Network)") //=> false
 */
export function outletMatches(got: string | null, gold: string): boolean {
  if (got === null || compact(got) === "") return false;
  return outletNames(gold).some((name) => {
    const n = compact(name);
    return compact(got) === n || bare(got) === n || compact(got) === bare(name);
  });
}

/**
 * True when the text names the gold outlet: one of its accepted names occurs
 * in the text as whole words ("KOMPAS.TV" and "KompasTV" both name "Kompas
 * TV"). The name is sought as written, domain ending and all, because a bare
 * brand is often an ordinary word ("Bisnis", "Era"). Used where the gold does
 * not say (`outlet_named_in_text` absent).
 *
 * @example
 * outletNamedInText("Tribunnews", "TRIBUNNEWS.COM - Korea Utara …") //=> true
 * outletNamedInText("ERA.id", "Di era perang dingin …") //=> false
 */
export function outletNamedInText(gold: string, text: string): boolean {
  const words = foldWords(text);
  const joined = ` ${words.join(" ")} `;
  const single = new Set(words);
  return outletNames(gold).some((name) => {
    const w = foldWords(name);
    return joined.includes(` ${w.join(" ")} `) || single.has(w.join(""));
  });
}
