/**
 * Whether an entry figure's claimant is the one the gold names.
 *
 * The gold names claimants in free text ("NIS", "Zelensky (to The Associated
 * Press)", "Western officials via BBC", "unattributed"). The rule, in order:
 *   1. "unattributed" agrees with the outlet's own voice (kind "self") or
 *      with no claimant found (id "unknown");
 *   2. otherwise the name, without its brackets and a trailing "via …"
 *      (the channel, not the claimant), is resolved with the parser's own
 *      claimant lexicon (normaliseClaimant); a known actor agrees when it is
 *      the figure's claimant or one of its claim's further claimants (`also`);
 *   3. an actor the lexicon does not know is compared by name with the
 *      claimant's name, its words in the text, and its id (ids are English
 *      slugs: "sk-military-officials"): it agrees when one of them holds
 *      every word of the gold name ("RBC Ukraine" in "Media Ukraina RBC
 *      Ukraine"), or shares more than half the words of the longer of the
 *      two. Words are compared folded, and two words of five letters or
 *      more sharing their first five count as one ("Ukrainian" and
 *      "Ukraina"). These verdicts are counted
 *      apart (`how: "name"`): they are only as good as the words allow, and
 *      err on the strict side ("South Korean and Western intelligence" is
 *      not "Intelijen Korea Selatan" alone, nor, at that price, "South
 *      Korean military officials" "pejabat militer Korea Selatan").
 */
import { normaliseClaimant } from "../extract/claims/index.ts";
import type { Claim, Claimant, Figure } from "../schema/entry.ts";
import { foldWords } from "./fold-text.ts";

export interface ClaimantVerdict {
  agree: boolean;
  how: "unattributed" | "lexicon" | "name";
  /** What the gold resolves to: an id of the lexicon, or the name compared. */
  expected: string;
}

const FUNCTION_WORDS = new Set(["and", "of", "the", "to", "from", "for", "in", "on", "s", "dan", "atau", "dari", "yang", "di", "ke", "serta", "para"]);

/**
 * The claimant named by gold free text: brackets and a trailing "via …" removed.
 *
 * @example
 * goldClaimantName("NIS (via lawmaker Lee Seong Kweun)") //=> "NIS"
 * goldClaimantName("Western officials via BBC") //=> "Western officials"
 */
export function goldClaimantName(text: string): string {
  return text
    .replace(/\([^()]*\)/gu, " ")
    .replace(/[\s,]+via\s.*$/iu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

const words = (text: string): string[] => foldWords(text.replace(/-/gu, " ")).filter((w) => !FUNCTION_WORDS.has(w));
const sameWord = (a: string, b: string): boolean => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

function namesAgree(gold: string, claimant: Claimant): boolean {
  const want = [...new Set(words(gold))];
  if (want.length === 0) return false;
  return [claimant.name, claimant.text, claimant.id].some((side) => {
    const have = [...new Set(words(side))];
    const shared = want.filter((w) => have.some((h) => sameWord(w, h))).length;
    return shared === want.length || shared > Math.max(want.length, have.length) / 2;
  });
}

/**
 * Judge the claimant of `figure` (with the claims of its entry, for `also`)
 * against the gold's `attributedTo`.
 *
 * @example
 * claimantAgrees("NIS (via lawmaker Lee Seong Kweun)", figure, claims)
 * //=> { agree: true, how: "lexicon", expected: "nis" } when the figure's claimant is nis
 */
export function claimantAgrees(attributedTo: string, figure: Pick<Figure, "claimant" | "claim">, claims: readonly Claim[]): ClaimantVerdict {
  const name = goldClaimantName(attributedTo);
  if (words(name).join(" ") === "unattributed") {
    return { agree: figure.claimant.kind === "self" || figure.claimant.id === "unknown", how: "unattributed", expected: "unattributed" };
  }
  const also = (figure.claim === null ? undefined : claims.find((c) => c.id === figure.claim))?.also ?? [];
  const claimants = [figure.claimant, ...also];
  const resolved = normaliseClaimant(name);
  if (resolved.known) return { agree: claimants.some((c) => c.id === resolved.id), how: "lexicon", expected: resolved.id };
  return { agree: claimants.some((c) => namesAgree(name, c)), how: "name", expected: name };
}
