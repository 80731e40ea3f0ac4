/**
 * Which attributed sentences are claims worth listing.
 */
import { hasFigure } from "./has-figure.ts";
import type { Attribution } from "./types.ts";

/**
 * A sentence attributed to someone (own or carried attribution) is a claim.
 * A sentence in the outlet's own voice is a claim only when it states a
 * figure or carries a hedge word (its hedge is then not the outlet default
 * "unverified"): "Sekitar 600 tentara Korea Utara dilaporkan gugur" is one,
 * "Pertempuran telah menyebabkan kerugian berat" is not.
 *
 * @example
 * isClaim({ text: "Diperkirakan 3.000 orang telah melarikan diri." }, attribution) //=> true
 */
export function isClaim(sentence: { text: string }, attribution: Attribution): boolean {
  if (attribution.claimant.kind !== "self") return true;
  if (attribution.hedge !== "unverified") return true;
  return hasFigure(typeof sentence.text === "string" ? sentence.text : "");
}
