/**
 * Loads `src/lexicon/provenance.yaml` (the words that tell which way a
 * statement travelled between two media) and compiles it on first use.
 */
import { z } from "zod";
import { defineLexicon } from "../../lexicon/define-lexicon.ts";
import { alternation } from "../../text/alternation.ts";

export const ProvenanceLexicon = z.object({
  quoting: z.object({
    words: z.array(z.string().min(1)).min(1),
    examples: z.array(z.object({ text: z.string().min(1), quoting: z.boolean() })).min(1),
  }),
  addressed: z.object({
    words: z.array(z.string().min(1)).min(1),
    examples: z.array(z.object({ text: z.string().min(1), addressed: z.boolean() })).min(1),
  }),
});

export interface Provenance {
  /** A credit's words that start with a quoting word ("mengutip Yonhap"), as whole words. */
  quoting: RegExp;
  /** A credit's words that name the medium a speaker talked to ("kepada BBC"), as whole words anywhere. */
  addressed: RegExp;
  examples: { quoting: readonly { text: string; quoting: boolean }[]; addressed: readonly { text: string; addressed: boolean }[] };
}

/**
 * The provenance lexicon, validated and compiled (once per process).
 *
 * @example
 * loadProvenance().quoting.test("mengutip media militer Global Defence Corp") //=> true
 * loadProvenance().quoting.test("seperti dikutip dari CNA")                  //=> false
 * loadProvenance().addressed.test("mengatakan kepada BBC")                    //=> true
 */
export const loadProvenance = defineLexicon("provenance", ProvenanceLexicon, (data): Provenance => ({
  quoting: new RegExp(`^${alternation(data.quoting.words)}(?![\\p{L}\\p{N}])`, "iu"),
  addressed: new RegExp(`(?<![\\p{L}\\p{N}])${alternation(data.addressed.words)}(?![\\p{L}\\p{N}])`, "iu"),
  examples: { quoting: data.quoting.examples, addressed: data.addressed.examples },
}));
