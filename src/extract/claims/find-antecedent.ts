/**
 * The earlier attribution a later mention stands for: a description with a
 * demonstrative ("badan mata-mata tersebut", "Media tersebut") is the latest
 * claimant of its kind; a short name ("Kim", "Lee") is the claimant whose
 * words named that person in full ("Pemimpin Korea Utara Kim Jong Un",
 * "anggota parlemen Lee Seong Kweun").
 */
import type { Attribution, Claimant } from "./types.ts";

/**
 * The latest attribution of `history` whose claimant a description of
 * `kind` can stand for: one whose words hold the description's head noun
 * (`words`), else one of that kind, or an unknown one (whose kind is only
 * guessed from its words). Null when none.
 *
 * @example
 * describedBefore([nisAttribution, zelenskyAttribution], "agency")?.claimant.id //=> "nis"
 */
export function describedBefore(history: readonly Attribution[], kind: Claimant["kind"] | undefined, words = ""): Attribution | null {
  // "Kementerian itu" after "Kementerian Pertahanan Korea Selatan" (South Korea): the claimant whose words hold its head noun.
  const head = words.trim().split(/\s+/u)[0]?.toLowerCase() ?? "";
  for (let i = history.length - 1; i >= 0 && head !== ""; i--) {
    const a = history[i]!;
    if (a.claimant.kind !== "self" && holdsWord(a.claimant.text.toLowerCase(), head)) return a;
  }
  for (let i = history.length - 1; i >= 0; i--) {
    const a = history[i]!;
    if (a.claimant.kind === "self") continue;
    if (kind === undefined || !a.claimant.known || a.claimant.kind === kind) return a;
  }
  return null;
}

/** True when `claimant` is a bare short name not in the lexicon ("Kim", "Lee"). */
export function isShortName(claimant: Claimant): boolean {
  return !claimant.known && claimant.kind === "person" && /^\p{Lu}[\p{L}'-]*$/u.test(claimant.name);
}

function holdsWord(text: string, word: string): boolean {
  return text.split(/[^\p{L}\p{N}'-]+/u).includes(word);
}

/**
 * The latest attribution of `history` in which `name` (a short name) is a
 * word of a longer name of the claimant, of a further claimant or of the
 * medium. Null when none.
 *
 * @example
 * namedBefore([kimJongUnAttribution], "Kim")?.claimant.id //=> "kim-jong-un"
 */
export function namedBefore(history: readonly Attribution[], name: string): Attribution | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const a = history[i]!;
    const people = [a.claimant, ...a.also];
    if (people.some((c) => c.name !== name && (holdsWord(c.text, name) || holdsWord(c.name, name)))) return a;
  }
  return null;
}
