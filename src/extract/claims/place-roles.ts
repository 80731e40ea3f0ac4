/**
 * Names of places in a claimant phrase: the role before a place name that
 * carries over a list ("badan intelijen Korea Selatan, AS, dan Ukraina"),
 * and a known name in apposition to the words that describe it.
 */
import { claimsLexicon, key } from "./compile-lexicon.ts";
import { knownClaimant, unknownClaimant } from "./make-claimant.ts";
import type { AliasHit } from "./scan-aliases.ts";
import type { Claimant } from "./types.ts";

/**
 * The role phrase of the lexicon the text opens with, right before `hit`
 * when it is a bare place name no body is known for ("agen intelijen
 * Jepang"), or null.
 *
 * @example
 * leadingRole("agen intelijen Jepang", jepangHit) //=> "agen intelijen"
 */
export function leadingRole(text: string, hit: AliasHit): string | null {
  const lex = claimsLexicon();
  if (hit.role !== undefined || hit.start === 0 || !lex.places.has(lex.actors.indexOf(hit.actor))) return null;
  const role = key(text.slice(0, hit.start)).replace(/\s+dari$/u, "");
  return lex.roles.has(role) ? role : null;
}

/**
 * "badan intelijen Korea Selatan, Amerika Serikat, dan Ukraina": the role of
 * the first name carries over to a bare place name after it, as the body of
 * that role of that place (US intelligence), or an unknown claimant named by
 * the role and the place ("badan intelijen Ukraina"); null when `hit` is no
 * bare place name or `first` no role.
 *
 * @example
 * roleOf(nisHit, amerikaSerikatHit)?.id //=> "us-intelligence"
 */
export function roleOf(first: AliasHit, hit: AliasHit): Claimant | null {
  const lex = claimsLexicon();
  const index = lex.actors.indexOf(hit.actor);
  if (first.role === undefined || hit.role !== undefined || !lex.places.has(index)) return null;
  const body = lex.roles.get(first.role)?.get(index);
  const name = `${first.role} ${hit.text}`;
  return body === undefined ? unknownClaimant(name, name) : knownClaimant(lex.actors[body]!, name);
}

/**
 * True when a name ending the head stands in apposition to the words before
 * it: after a comma ("kantor berita resmi Korea Utara, KCNA"), or after
 * common nouns that describe it ("lembaga pemantau perang ISW"), unless the
 * name is a place ("pejabat senior Korea Selatan" is no Korea Selatan).
 *
 * @example
 * apposed("Lembaga pemantau perang ", iswHit) //=> true
 */
export function apposed(before: string, name: AliasHit): boolean {
  if (/,\s*$/u.test(before)) return true;
  const lex = claimsLexicon();
  if (lex.places.has(lex.actors.indexOf(name.actor))) return false;
  const words = before.trim().split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.slice(1).every((w) => !/^\p{Lu}/u.test(w));
}

