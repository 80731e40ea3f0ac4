/**
 * Names the outlet that is the subject of a verb of its own reporting: a
 * teaser or lead in which the outlet itself reviews, sums up or traces the
 * story ("Di hari jadinya, Warta Kota mengulas …", "wartakota.com merangkum
 * lima hal"). The subject is the whole clause before the verb (from the
 * sentence's start or the last comma), and only a known outlet or a web
 * domain counts: a person or body as the subject ("Ketua panitia merangkum
 * …") names no outlet.
 */
import { isDomain } from "./brand-shape.ts";
import { findOutletMention, loadOutlets } from "./outlets-lexicon.ts";
import { loadOwnReporting } from "./own-reporting-lexicon.ts";

/** An outlet the text names in its own words: its name, and whether the outlets lexicon knows it. */
export interface OutletFromText {
  outlet: string;
  known: boolean;
}

/** A mark that ends a clause: a comma, semicolon, colon, quote, or a full stop, ! or ? before a space (not a domain's dot). */
const CLAUSE_END = /[,;:"“”]|[.!?](?=\s)/gu;

/** The words after the last clause mark of `text`, trimmed. */
function lastClause(text: string): string {
  let start = 0;
  for (const m of text.matchAll(CLAUSE_END)) start = m.index + m[0].length;
  return text.slice(start).trim();
}

/**
 * The outlet that is the whole subject of an own-reporting verb in `text`, or null.
 *
 * @example
 * outletBeforeVerb("Di hari jadinya, Media Indonesia mengulas sejarah banjir kota ini.") //=> { outlet: "Media Indonesia", known: true }
 * outletBeforeVerb("Ketua panitia merangkum hasil rapat.") //=> null
 */
export function outletBeforeVerb(text: string): OutletFromText | null {
  const lex = loadOutlets();
  const verbs = loadOwnReporting().verbs;
  verbs.lastIndex = 0;
  for (const m of text.matchAll(verbs)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const subject = lastClause(before);
    if (subject === "") continue;
    const hit = findOutletMention(subject);
    if (hit !== null && hit.start === 0 && hit.end === subject.length) return { outlet: hit.outlet.name, known: true };
    // A name or alias of the lexicon, as written ("Antara", never "antara").
    const named = lex.outlets.find((o) => o.name === subject || o.aliases.includes(subject));
    if (named !== undefined) return { outlet: named.name, known: true };
    if (isDomain(subject, lex)) return { outlet: subject, known: false };
  }
  return null;
}
