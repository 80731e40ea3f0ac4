/**
 * The figures of one sentence (or the headline) as reading finds them: every
 * count of people, normalised, in its category and credited to the
 * sentence's speaker. What time a figure refers to needs the article's date
 * and is settled when the article is placed (`figure-date.ts`).
 */
import type { Claimant, Figure, Hedge, Place } from "../../schema/entry.ts";
import { classifyFigure, type FigureClass } from "./classify-figure.ts";
import { findQuantities } from "./find-quantities.ts";
import { isMeasureUnit } from "./measure-units.ts";
import { namesNorthKorea } from "./previous-count.ts";
import type { PreviousCount } from "./sentence-view.ts";

/** A figure before placing: everything but `refersTo` and `chain`, and where its words stand in their sentence. */
export interface DraftFigure extends Omit<Figure, "refersTo" | "chain"> {
  /** Offsets of the number's words in the sentence (or headline). */
  span: { from: number; to: number };
}

/** Who speaks the sentence a figure stands in. */
export interface Speaker {
  /** Id of the sentence's claim, or null. */
  claim: string | null;
  claimant: Claimant;
  hedge: Hedge;
}

/**
 * Every count of people in `text`, with its category, credited to `speaker`.
 * `sentence` is the sentence's index, or null for the headline.
 *
 * @example
 * figuresOf("Sekitar 300 tentara Korea Utara tewas.", { line: 5, column: 1, offset: 120 }, 3, speaker)
 * //=> [{ text: "Sekitar 300", min: 300, max: 300, category: "killed", claimant: speaker.claimant,
 * //      hedge: "estimated", sentence: 3, place: { line: 5, column: 1, offset: 120 }, span: { from: 0, to: 11 }, … }]
 */
export function figuresOf(text: string, place: Place, sentence: number | null, speaker: Speaker, previous: PreviousCount | null = null): DraftFigure[] {
  return readFigures(text, place, sentence, speaker, previous).figures;
}

/**
 * The figures of a sentence as {@link figuresOf} finds them, given what the
 * sentence before said (`previous`), and what this one says for the next
 * (`count`: its last count of people, and whether it names North Korea).
 *
 * @example
 * const first = readFigures("Sebanyak 4.000 tentara Korea Utara terluka atau terbunuh.", place, 0, speaker);
 * readFigures("NIS memperkirakan jumlahnya 3.000.", place, 1, speaker, first.count).figures[0].category
 * //=> "casualties"
 */
export function readFigures(
  text: string,
  place: Place,
  sentence: number | null,
  speaker: Speaker,
  previous: PreviousCount | null = null,
): { figures: DraftFigure[]; count: PreviousCount } {
  const quantities = findQuantities(text);
  const out: DraftFigure[] = [];
  let last: FigureClass | null = null;
  for (const q of quantities) {
    const people = classifyFigure(text, q, { title: sentence === null, quantities, previous });
    if (people !== null) last = people;
    const cls =
      people ??
      (isMeasureUnit(q.unit) ? { category: "other" as const, reason: `not a count of people (${q.unit})`, quote: text.slice(q.index, q.unitEnd) } : null);
    if (!cls) continue;
    out.push({
      text: q.text,
      quote: cls.quote || q.text,
      min: q.min,
      max: q.max,
      bound: q.bound,
      vague: q.vague,
      approximate: q.approximate,
      category: cls.category,
      reason: cls.reason,
      claim: speaker.claim,
      claimant: speaker.claimant,
      hedge: q.approximate && speaker.hedge === "unverified" ? "estimated" : speaker.hedge,
      sentence,
      place: { line: place.line, column: place.column + q.index, offset: place.offset + q.index },
      span: { from: q.index, to: q.end },
    });
  }
  const count = last === null ? null : { category: last.category, kind: last.kind, side: last.side };
  return { figures: out, count: { count, northKorea: namesNorthKorea(text, quantities, previous) } };
}
