/**
 * Builders of claimants: a known actor, an unknown phrase, the outlet itself.
 */
import { claimsLexicon, key, type Actor } from "./compile-lexicon.ts";
import type { Claimant } from "./types.ts";


/** A known actor of `claimants.yaml`, named by `text`. */
export function knownClaimant(actor: Actor, text: string): Claimant {
  return { id: actor.id, name: actor.name, text, kind: actor.kind, known: true };
}

/** A URL-safe slug ("Kementerian Luar Negeri" → "kementerian-luar-negeri"), at most 60 characters. */
export function slug(text: string): string {
  const s = text
    .slice(0, 200)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return s || "unknown";
}

/**
 * A claimant that is not in the lexicon: its id is a slug of its words, its
 * kind guessed from its first word (`unknownKinds` in `claimants.yaml`), else
 * "person" for capitalised words and "group" for the rest.
 */
export function unknownClaimant(name: string, text: string = name, plural = false): Claimant {
  const clean = name.replace(/\s+/g, " ").trim().slice(0, 120) || "Tidak diketahui";
  const first = key(clean.split(" ")[0] ?? "");
  const kinds = claimsLexicon().unknownKinds;
  let kind: Claimant["kind"];
  if (kinds.agency.has(first)) kind = "agency";
  else if (kinds.outlet.has(first)) kind = "outlet";
  else if (plural || kinds.group.has(first)) kind = "group";
  else if (/^\p{Lu}/u.test(clean)) kind = "person";
  else kind = "group";
  return { id: slug(clean), name: clean, text, kind, known: false };
}

/** The outlet speaking in its own voice: kind "self", id "outlet", name the outlet or "Redaksi". */
export function outletClaimant(outlet: string | null): Claimant {
  const name = outlet?.trim() || "Redaksi";
  return { id: "outlet", name, text: outlet?.trim() ?? "", kind: "self", known: false };
}
