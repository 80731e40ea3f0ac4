/**
 * Reads a list of loss cues around a killed or wounded cue: "tewas atau
 * terluka", "tewas, terluka, hilang, atau ditangkap" are casualties.
 */
import type { Category } from "../../schema/entry.ts";
import { categoryWords } from "./category-lexicon.ts";
import { gapBefore, matchEndingAt, matchStartingAt, type PhraseMatch } from "./tokenize.ts";
import type { SentenceView } from "./sentence-view.ts";

const KILLED_WOUNDED: ReadonlySet<Category> = new Set(["killed", "wounded"]);
const LOSSES: ReadonlySet<Category> = new Set(["killed", "wounded", "missing", "captured", "casualties"]);

/** The token after a list separator following token `k` (", ", " atau ", ", dan "), or -1. */
function afterSeparator(view: SentenceView, k: number): number {
  const comma = (gapBefore(view.sentence, view.tokens, k + 1) ?? "").includes(",");
  const joiner = categoryWords().joiners.has(view.tokens[k + 1]?.lower ?? "");
  // ", baik tewas maupun terluka": the word that opens the list.
  const opener = comma && categoryWords().listOpeners.has(view.tokens[k + 1]?.lower ?? "");
  return joiner ? k + 2 : opener ? k + 2 : comma ? k + 1 : -1;
}

/** The token before a list separator preceding token `k`, or -1. */
function beforeSeparator(view: SentenceView, k: number): number {
  if (categoryWords().joiners.has(view.tokens[k - 1]?.lower ?? "")) return k - 2;
  return (gapBefore(view.sentence, view.tokens, k) ?? "").includes(",") ? k - 1 : -1;
}

/**
 * Widen a killed or wounded cue listed with other losses into casualties:
 * "tewas atau terluka", "terluka dan tewas", "tewas, terluka, hilang, atau
 * ditangkap". Killed alone, or killed with missing only, stays as it is.
 *
 * @example
 * const v = sentenceView("30 tentara tewas, terluka, atau hilang");
 * joined(v, matchStartingAt(categoryWords().cues, v.sentence, v.tokens, 2)!).value //=> "casualties"
 */
export function joined(view: SentenceView, m: PhraseMatch<Category>): PhraseMatch<Category> {
  if (!KILLED_WOUNDED.has(m.value)) return m;
  const { sentence, tokens } = view;
  const seen = new Set<Category>([m.value]);
  let first = m.first;
  let last = m.last;
  for (let k = afterSeparator(view, last), n = 0; k >= 0 && n < 6; k = afterSeparator(view, last), n++) {
    const right = matchStartingAt(categoryWords().cues, sentence, tokens, k);
    if (right === null || !LOSSES.has(right.value)) break;
    seen.add(right.value);
    last = right.last;
  }
  for (let k = beforeSeparator(view, first), n = 0; k >= 0 && n < 6; k = beforeSeparator(view, first), n++) {
    const left = matchEndingAt(categoryWords().cues, sentence, tokens, k);
    if (left === null || !LOSSES.has(left.value)) break;
    seen.add(left.value);
    first = left.first;
  }
  const both = seen.has("killed") && seen.has("wounded");
  return both || seen.has("casualties") ? { ...m, value: "casualties", first, last } : m;
}


/**
 * A list of losses opened after the counted noun ("4.000 tentara, baik tewas
 * maupun terluka"): it says what the count is, whatever verb stands before.
 * `after` is the token after the counted noun.
 *
 * @example
 * const v = sentenceView("kehilangan 900 tentara, baik tewas maupun terluka");
 * openedList(v, 3)?.value //=> "casualties"
 */
export function openedList(view: SentenceView, after: number): PhraseMatch<Category> | null {
  // "4.000 tentara Korea Utara, baik …": past the side named after the noun.
  const side = matchStartingAt(categoryWords().sides, view.sentence, view.tokens, after);
  const from = side === null ? after : side.last + 1;
  const opener = view.tokens[from];
  const comma = (gapBefore(view.sentence, view.tokens, from) ?? "").includes(",");
  if (opener === undefined || !comma || !categoryWords().listOpeners.has(opener.lower)) return null;
  const m = matchStartingAt(categoryWords().cues, view.sentence, view.tokens, from + 1);
  return m !== null && LOSSES.has(m.value) ? joined(view, m) : null;
}
