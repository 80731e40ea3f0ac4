/**
 * Types of attribution: who says what in a sentence, and how sure it is.
 * The claimant shape is the schema's own (`src/schema/entry.ts`).
 */
import type { Claimant, HEDGES } from "../../schema/entry.ts";

export type { Claimant };

/** confirmed | estimated | reported | denied | unverified */
export type Hedge = (typeof HEDGES)[number];

/** One sentence of an article, in order (`paragraph` is its paragraph's index). */
export interface SentenceInput {
  text: string;
  paragraph: number;
}

/** Who a sentence's statement belongs to. */
export interface Attribution {
  /** The claimant: the first one named, or the outlet itself (kind "self"). */
  claimant: Claimant;
  /** Further claimants of the same sentence ("intelijen militer Ukraina dan Pentagon"). */
  also: Claimant[];
  /** The medium it came through ("dikutip dari CNA", "kepada BBC"), not a claimant. */
  via: Claimant | null;
  /** The reporting verb or marker as written ("menyatakan", "kata", "menurut"). */
  marker: string | null;
  hedge: Hedge;
  /**
   * True when the claimant is not named in this sentence: taken over from the
   * sentence before (continued report, continued quote), from the sentence
   * after ("Hal ini diungkapkan …", a quote closed later), or read from a
   * pronoun ("katanya", "Dia mengatakan").
   */
  carried: boolean;
}

/** What a phrase names. */
export type Resolved =
  | { type: "none" }
  /**
   * A pronoun, "Laporan itu", or a description with a demonstrative ("badan
   * mata-mata tersebut", "Media tersebut"): the claimant is someone named
   * before; `kind` is the kind a description asks for.
   */
  | { type: "pronoun"; text: string; group: boolean; kind?: Claimant["kind"] }
  /**
   * One claimant, or several joined by "dan"/"maupun" (the first is the main
   * one); `via` the medium a relative clause names ("pejabat militer yang
   * dikutip dalam media Korea Selatan").
   */
  | { type: "claimants"; claimants: Claimant[]; via?: Claimant };
