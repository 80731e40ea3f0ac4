/**
 * Scores one annotated file: its entry (or its refusal) against its gold.
 */
import type { Figure } from "../schema/entry.ts";
import { classifyPublished, type DateVerdict } from "./classify-published.ts";
import { foldText } from "./fold-text.ts";
import type { GoldFigure } from "./gold-schema.ts";
import type { Annotated } from "./load-annotated.ts";
import { claimantAgrees, type ClaimantVerdict } from "./match-claimant.ts";
import { matchFigures, type EntryFigureVerdict, isTroop } from "./match-figures.ts";
import { outletMatches, outletNamedInText } from "./outlet-names.ts";

export interface ScoredPair {
  gold: GoldFigure;
  got: Figure | null;
  /** Null when missed. */
  claimant: ClaimantVerdict | null;
}

export interface ArticleScore {
  file: string;
  onTopic: boolean;
  refused: boolean;
  /** The loader's reasons, when refused. */
  refusal: string[];
  outlet: { expected: string; got: string | null; named: boolean; right: boolean; nullOrRight: boolean };
  published: {
    expected: string | null;
    /** The text states the gold date (not only the page's address). */
    stated: boolean;
    /** The entry was made but nothing dated it (listed apart as undated). */
    undated: boolean;
    got: string | null;
    basis: string | null;
    estimated: boolean | null;
    verdict: DateVerdict;
  };
  place: { expected: string | null; got: string | null; right: boolean };
  title: { expected: string | null; got: string | null; basis: string | null; right: boolean };
  /** Null when the gold does not annotate figures. */
  /** `vague`: the entry's vague troop figures, left out of precision (the gold records no magnitudes). */
  figures: { pairs: ScoredPair[]; troops: EntryFigureVerdict[]; vague: Figure[] } | null;
  /** Troop figures found in an off-topic control. */
  offTopicTroops: Figure[];
}

/** Titles compare with white space and quotes normalised, case kept. */
const titleKey = (s: string): string =>
  s.normalize("NFC").replace(/[“”„‟″]/gu, '"').replace(/[‘’‚‛′`]/gu, "'").replace(/\s+/gu, " ").trim();

/**
 * Score one file. A refused article (no entry) misses every field; where
 * the gold has no date, being undated is right (an undated entry, or a
 * refusal), so neither is counted against it there.
 *
 * @example
 * scoreArticle({ gold, text, entry: null, refusal: ["no-text-left: …"] }).outlet.right //=> false
 */
export function scoreArticle({ gold, text, entry, refusal }: Annotated): ArticleScore {
  const named = gold.outlet_named_in_text ?? outletNamedInText(gold.outlet, text);
  const gotOutlet = entry?.source.outlet ?? null;
  const right = entry !== null && outletMatches(gotOutlet, gold.outlet);
  const place = entry?.source.datelinePlace ?? null;
  const placeRight = entry !== null && (place === null || gold.dateline_place === null ? place === gold.dateline_place : foldText(place) === foldText(gold.dateline_place));
  const titleRight =
    entry !== null && (gold.title === null ? entry.titleBasis !== "headline" : titleKey(entry.title) === titleKey(gold.title));
  let figures: ArticleScore["figures"] = null;
  if (gold.figures !== null) {
    const { pairs, troops, vague } = matchFigures(gold.figures, entry?.figures ?? []);
    figures = {
      pairs: pairs.map((p) => ({ ...p, claimant: p.got && entry ? claimantAgrees(p.gold.attributed_to, p.got, entry.claims) : null })),
      troops,
      vague,
    };
  }
  return {
    file: gold.file,
    onTopic: gold.on_topic,
    refused: entry === null,
    refusal,
    outlet: { expected: gold.outlet, got: gotOutlet, named, right, nullOrRight: entry !== null && (gotOutlet === null || right) },
    published: {
      expected: gold.published,
      stated: gold.published !== null && (gold.published_in_text ?? gold.published_basis !== "url"),
      undated: entry !== null && entry.published === null,
      got: entry?.published?.date ?? null,
      basis: entry?.published?.basis ?? null,
      estimated: entry?.published?.estimated ?? null,
      verdict: classifyPublished(entry?.published ?? null, gold.published),
    },
    place: { expected: gold.dateline_place, got: place, right: placeRight },
    title: { expected: gold.title, got: entry?.title ?? null, basis: entry?.titleBasis ?? null, right: titleRight },
    figures,
    offTopicTroops: gold.on_topic ? [] : (entry?.figures ?? []).filter((f) => isTroop(f.category)),
  };
}
