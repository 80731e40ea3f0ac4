/**
 * The plain aliases of the claimant lexicon: every actor's aliases and place
 * names, its roles composed with the names of its place ("badan intelijen" +
 * "Seoul"), and the news outlets of `outlets.yaml` as actors.
 */
import type { z } from "zod";
import type { Outlet } from "../source/outlets-lexicon.ts";
import type { ClaimantsLexicon } from "./lexicon-schemas.ts";
import { splitWords } from "../../text/tokenize.ts";
import { isPattern } from "./regex-sources.ts";

/**
 * A plain alias, as its lower-case words. `exact` keeps the case of the
 * words whose case matters (null for a word in any case, or for the whole
 * alias). A composed alias ("badan intelijen" + "Seoul") keeps its `role`
 * and the actor of its place name (`place`).
 */
export interface PlainAlias {
  words: string[];
  exact: (string | null)[] | null;
  actor: number;
  role: string | null;
  place: number | null;
}

/**
 * An outlet as a claimant. Its aliases written with a capital match only as
 * written ("Tempo", "Antara" and "Suara" are also common words), those
 * written in lower case in any case ("kantor berita Yonhap").
 *
 * @example
 * outletActor(bbc).aliases // bbc of outlets.yaml: "BBC", aliases "BBC", "BBC News", "British Broadcasting Corporation"
 * //=> [{ pattern: "BBC", caseSensitive: true }, { pattern: "BBC News", caseSensitive: true },
 * //    { pattern: "British Broadcasting Corporation", caseSensitive: true }]
 */
export function outletActor(outlet: Outlet): ActorEntry {
  return {
    id: outlet.id,
    name: outlet.name,
    description: outlet.description,
    kind: "outlet",
    aliases: [outlet.name, ...outlet.aliases].filter((a, i, all) => all.indexOf(a) === i).map((a) => (/^\p{Lu}/u.test(a) ? { pattern: a, caseSensitive: true } : a)),
    names: [],
    roles: [],
  };
}

export type ActorEntry = z.output<typeof ClaimantsLexicon>["actors"][number];
type AliasEntry = ActorEntry["aliases"][number];

/** The words of an alias, and the case each must keep (null: any case). */
function aliasWords(alias: AliasEntry): { words: string[]; exact: (string | null)[] } {
  const text = typeof alias === "string" ? alias : alias.pattern;
  const split = splitWords(text);
  const sensitive = typeof alias !== "string" && alias.caseSensitive;
  return { words: split.lower, exact: split.raw.map((w) => (sensitive ? w : null)) };
}

/**
 * The plain aliases of one actor: its aliases and names, and its roles
 * composed with the names of its place (`of`, or its own names), with and
 * without "dari" between ("badan intelijen dari Barat").
 *
 * @example
 * plainAliasesOf(nis, 0, places).find((a) => a.words.join(" ") === "badan intelijen seoul")
 * //=> { words: ["badan", "intelijen", "seoul"], exact: null, actor: 0, role: "badan intelijen", place: 42 }
 * //   (42: the index of south-korea among the actors)
 */
export function plainAliasesOf(actor: ActorEntry, index: number, places: ReadonlyMap<string, { entry: ActorEntry; index: number }>): PlainAlias[] {
  const out: PlainAlias[] = [];
  for (const alias of [...actor.aliases, ...actor.names]) {
    const pattern = typeof alias === "string" ? alias : alias.pattern;
    if (isPattern(pattern)) continue;
    const { words, exact } = aliasWords(alias);
    out.push({ words, exact: exact.some((w) => w !== null) ? exact : null, actor: index, role: null, place: null });
  }
  const place = actor.of === undefined ? { entry: actor, index } : places.get(actor.of);
  if (place === undefined) return out;
  for (const role of actor.roles) {
    const roleWords = splitWords(role).lower;
    for (const name of place.entry.names) {
      const n = aliasWords(name);
      for (const link of [[], ["dari"]]) {
        const exact = [...roleWords.map(() => null), ...link.map(() => null), ...n.exact];
        out.push({
          words: [...roleWords, ...link, ...n.words],
          exact: exact.some((w) => w !== null) ? exact : null,
          actor: index,
          role: roleWords.join(" "),
          place: place.index,
        });
      }
    }
  }
  return out;
}

