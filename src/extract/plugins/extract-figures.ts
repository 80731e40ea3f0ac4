/**
 * unified plugin: every count of people in the title and the text,
 * normalised (min, max, bound, vague), put in a category, and tied to the
 * claim and claimant of its sentence and the time it refers to.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { Claimant, Figure, Hedge, Mention } from "../../schema/entry.ts";
import { classifyFigure } from "../figures/classify-figure.ts";
import { findQuantities } from "../figures/find-quantities.ts";

interface Speaker {
  claim: string | null;
  claimant: Claimant;
  hedge: Hedge;
}

function figuresOf(
  text: string,
  place: { line: number; column: number; offset: number },
  sentence: number | null,
  speaker: Speaker,
  refersTo: Mention | null,
): Figure[] {
  const quantities = findQuantities(text);
  const out: Figure[] = [];
  for (const q of quantities) {
    const cls = classifyFigure(text, q, { title: sentence === null, quantities });
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
      refersTo,
      sentence,
      place: { line: place.line, column: place.column + q.index, offset: place.offset + q.index },
    });
  }
  return out;
}

export default function extractFigures() {
  return (_tree: Root, file: VFile): void => {
    const d = file.data;
    const claims = d.claims ?? [];
    const outletVoice = d.attributions?.find((a) => a.claimant.kind === "self")?.claimant;
    const figures: Figure[] = [];
    if (d.headline && outletVoice) {
      const offset = d.lines?.find((l) => l.line === d.headline!.line)?.offset ?? 0;
      const speaker = { claim: null, claimant: outletVoice, hedge: "unverified" as const };
      figures.push(...figuresOf(d.headline.text, { line: d.headline.line, column: 1, offset }, null, speaker, null));
    }
    (d.sentences ?? []).forEach((s, i) => {
      const claim = claims.find((c) => c.sentence === i);
      const a = d.attributions?.[i];
      if (!a) return;
      const speaker = { claim: claim?.id ?? null, claimant: a.claimant, hedge: a.hedge };
      const refersTo = claim ? (claim.refersTo[0] ?? claim.stated) : ((d.mentions ?? []).find((m) => m.sentence === i) ?? null);
      figures.push(...figuresOf(s.text, { line: s.line, column: s.column, offset: s.offset }, i, speaker, refersTo));
    });
    d.figures = figures;
  };
}
