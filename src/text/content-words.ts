/**
 * Content words of a sentence: the rough roots of its words that are not
 * function words, what two sentences must share to tell the same report
 * (`same-story.ts`).
 */
import { z } from "zod";
import { calendarNames } from "../calendar/calendar-names.ts";
import { defineLexicon } from "../lexicon/define-lexicon.ts";

/** Runs of four letters or more: the parts of a word that can carry its meaning ("mata" and "mata" of "mata-mata"). */
const LETTERS = /\p{L}{4,}/gu;
const Stopwords = z.object({ stopwords: z.array(z.string()) });
/** Function words, and month and weekday names: words that tell no story. */
const stopwords = defineLexicon("stopwords", Stopwords, (file) => {
  const { months, weekdays } = calendarNames();
  return new Set([...file.stopwords, ...months.keys(), ...weekdays.keys()]);
});

/** meng-/meny-/mem-/men- before a vowel dropped the root's first consonant. */
const NASAL: [RegExp, string][] = [
  [/^meng(?=[aiueo])/u, "k"],
  [/^peng(?=[aiueo])/u, "k"],
  [/^meny(?=[aiueo])/u, "s"],
  [/^peny(?=[aiueo])/u, "s"],
  [/^mem(?=[aiueo])/u, "p"],
  [/^pem(?=[aiueo])/u, "p"],
  [/^men(?=[aiueo])/u, "t"],
  [/^pen(?=[aiueo])/u, "t"],
];
/** A prefix comes off only before a root of four letters or more that does not open with a nasal cluster ("kembali", "sembilan" are roots). */
const PREFIX = /^(?:meng|meny|mem|men|me|peng|peny|pem|pen|per|pe|di|ber|be|ter|ke|se)(?=\p{L}{4,})(?!mb|mp|nd|nt|ng|nc|nj)/u;
const SUFFIX = /(?:nya|kan|an|lah)$/u;

/**
 * A rough root of an Indonesian word, enough to see that "dikerahkan",
 * "mengerahkan" and "pengerahan" share one: affixes stripped, and the
 * consonant a nasal prefix swallowed put back.
 *
 * @example
 * rootOf("mengerahkan") //=> "kerah"
 * rootOf("dikerahkan")  //=> "kerah"
 */
export function rootOf(word: string): string {
  if (word.length < 7) return word.endsWith("nya") && word.length > 5 ? word.slice(0, -3) : word;
  let w = word.replace(SUFFIX, "");
  for (const [nasal, consonant] of NASAL) {
    if (nasal.test(w)) return w.replace(nasal, consonant).replace(/(?:kan|an|i)$/u, "");
  }
  w = w.replace(PREFIX, "");
  return w.length >= 4 ? w : word;
}

/**
 * Roots of the words of four letters or more that are not function words.
 *
 * @example
 * contentWords("Pyongyang mengerahkan kembali tentaranya ke wilayah Kursk.")
 * //=> Set { "pyongyang", "kerah", "kembali", "tentara", "wilayah", "kursk" }
 */
export function contentWords(sentence: string): Set<string> {
  const out = new Set<string>();
  // The letter runs of the sentence are those of its words (`tokenize`): one scan finds them.
  for (const run of sentence.toLowerCase().match(LETTERS) ?? []) {
    const root = contentRoot(run);
    if (root !== null) out.add(root);
  }
  return out;
}

/** Roots by word (null for function words): a corpus has far fewer distinct words than words. */
const roots = new Map<string, string | null>();
const MAX_ROOTS = 200_000;

function contentRoot(word: string): string | null {
  let root = roots.get(word);
  if (root !== undefined) return root;
  root = stopwords().has(word) ? null : rootOf(word);
  if (root !== null && stopwords().has(root)) root = null;
  if (roots.size >= MAX_ROOTS) roots.clear();
  roots.set(word, root);
  return root;
}
