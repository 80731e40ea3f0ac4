/**
 * Attribution of statements in Indonesian news: who says what, and how hedged.
 */
export { attributeSentences } from "./attribute-sentences.ts";
export { normaliseClaimant } from "./normalise-claimant.ts";
export { isClaim } from "./is-claim.ts";
export { chooseHedge, findHedges } from "./choose-hedge.ts";
export { claimsLexicon } from "./compile-lexicon.ts";
export type { Attribution, Claimant, Hedge, SentenceInput } from "./types.ts";
