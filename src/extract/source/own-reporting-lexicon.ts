/**
 * Loads `src/lexicon/own-reporting.yaml` (the words an article uses for its
 * own outlet's reporting) and compiles it on first use.
 */
import { z } from "zod";
import { defineLexicon } from "../../lexicon/define-lexicon.ts";
import { alternation } from "../../text/alternation.ts";
import { escapeRegExp } from "../../text/escape-regexp.ts";

export const OwnReportingLexicon = z.object({
  before: z.array(z.string().regex(/^\p{Ll}+$/u, "one lowercase word")).min(1),
  verbs: z.array(z.string().regex(/^\p{Ll}+$/u, "one lowercase word")).min(1),
});

export interface OwnReporting {
  /** A word the outlet's name follows, then its spaces (global; the name starts where the match ends). */
  before: RegExp;
  /** A verb the outlet does itself, with the spaces before it (global; the subject ends where the match starts). */
  verbs: RegExp;
}

/** Each word as written, capitalised and in capitals. */
function forms(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
}

/**
 * The own-reporting lexicon, validated and compiled (once per process).
 *
 * @example
 * loadOwnReporting().before.exec("Pantauan Warta Kota di lokasi")?.[0] //=> "Pantauan "
 */
export const loadOwnReporting = defineLexicon("own-reporting", OwnReportingLexicon, (data): OwnReporting => ({
  before: new RegExp(`(?<![\\p{L}\\p{N}])${alternation(forms(data.before), escapeRegExp)}\\s+(?=[\\p{L}\\d])`, "gu"),
  verbs: new RegExp(`\\s+${alternation(data.verbs, escapeRegExp)}(?![\\p{L}\\p{N}])`, "gu"),
}));
