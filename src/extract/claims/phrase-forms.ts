/**
 * Claimant phrases that name no one by themselves: a description with a
 * demonstrative that points back ("badan mata-mata tersebut"), and a relative
 * clause that names where its head was quoted ("yang dikutip dalam media …").
 */
import { claimsLexicon, key } from "./compile-lexicon.ts";
import { unknownClaimant } from "./make-claimant.ts";
import type { Resolved } from "./types.ts";
import { phrasesStartingAt } from "../../text/phrase-table.ts";
import { splitWords } from "../../text/tokenize.ts";

const PAREN = /\s*\([^()]{0,20}\)/gu;

/** Most words of a description that points back ("badan intelijen militer tersebut"). */
const DESCRIPTION_WORDS = 4;

/**
 * A description that had a demonstrative ("badan mata-mata tersebut"):
 * common nouns only (a capital on the first word alone), pointing back to a
 * claimant of its kind named before. Null for anything else.
 *
 * @example
 * description("badan mata-mata") //=> { type: "pronoun", text: "badan mata-mata", group: true, kind: "agency" }
 */
export function description(text: string): Resolved | null {
  const words = text.replace(PAREN, "").trim().split(/\s+/u);
  if (words.length === 0 || words.length > DESCRIPTION_WORDS || words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
  if (claimsLexicon().nonAgents.has(key(words[0]!))) return null;
  return { type: "pronoun", text, group: true, kind: unknownClaimant(text).kind };
}

/**
 * True when a relative clause (" yang …") opens with a medium marker: it
 * says where its head was quoted, not who the head is.
 *
 * @example
 * quotedIn(" yang dikutip dalam media Korea Selatan") //=> true
 * quotedIn(" yang dikenal dengan akronim GUR ini") //=> false
 */
export function quotedIn(clause: string): boolean {
  const words = splitWords(clause);
  const at = words.lower.indexOf("yang") + 1;
  if (at === 0) return false;
  return phrasesStartingAt(claimsLexicon().markers, (j) => words.lower[j], at).some((m) => m.values.some((v) => v.kind === "medium"));
}

