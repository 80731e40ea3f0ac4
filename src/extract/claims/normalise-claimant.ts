/**
 * Turns the words that name a claimant into a canonical claimant.
 */
import { claimsLexicon } from "./compile-lexicon.ts";
import { unknownClaimant } from "./make-claimant.ts";
import { resolvePhrase } from "./resolve-phrase.ts";
import type { Claimant } from "./types.ts";


/**
 * The canonical claimant named by `text`: an actor of `claimants.yaml`
 * (known: true), else an unknown claimant whose id is a slug of the text
 * trimmed of determiners ("Seorang", "para", "itu") and whose name is that
 * trimmed text. `text` of the result is the input, single-spaced. When the
 * input names several claimants ("AS dan Ukraina") the first is returned.
 * Never throws.
 *
 * @example
 * normaliseClaimant("Badan Intelijen Nasional Seoul")
 * //=> { id: "nis", name: "NIS", text: "Badan Intelijen Nasional Seoul", kind: "agency", known: true }
 * normaliseClaimant("para pengamat Timur Tengah itu")
 * //=> { id: "analysts", name: "Analis", text: "para pengamat Timur Tengah itu", kind: "group", known: true }
 * normaliseClaimant("Seorang saksi mata")
 * //=> { id: "saksi-mata", name: "saksi mata", text: "Seorang saksi mata", kind: "group", known: false }
 */
export function normaliseClaimant(text: string): Claimant {
  const raw = typeof text === "string" ? text.replace(/\s+/g, " ").trim() : "";
  const resolved = resolvePhrase(raw);
  if (resolved.type === "claimants" && resolved.claimants[0]) return { ...resolved.claimants[0], text: raw };
  const lead = claimsLexicon().leading.exec(raw);
  const rest = lead ? raw.slice(lead[0].length) : raw;
  const tail = rest.length > 48 ? null : claimsLexicon().trailing.exec(rest);
  const stripped = (tail ? rest.slice(0, tail.index) : rest).trim();
  if (!stripped) return { id: "unknown", name: "Tidak diketahui", text: raw, kind: "group", known: false };
  const claimant = unknownClaimant(stripped, raw);
  if (resolved.type !== "pronoun") return claimant;
  return { ...claimant, kind: resolved.group ? "group" : "person" };
}
