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
import { isMeasureUnit } from "../figures/measure-units.ts";
import { mentionsBySentence } from "./mentions-by-sentence.ts";

/** A date this close to a figure (in characters) can be the time it refers to. */
const NEAR = 90;
/** A clause opening between a figure and a later date means the date belongs to that clause. */
const CLAUSE_BREAK = /,\s*(?:tempat|yang|ketika|saat|di mana|sementara)\b/iu;

/**
 * The date of the sentence nearest to the figure, within its clause: "Pada
 * Januari, NIS memperkirakan … 300 tewas" refers to January, but in "…
 * 10.000 tentaranya … di Kursk, tempat Ukraina menyerang pada Agustus 2024"
 * August is the incursion's date, not the deployment's.
 */
function nearestMention(text: string, offset: number, mentions: Mention[], from: number, to: number): Mention | null {
  let best: { m: Mention; gap: number } | null = null;
  for (const m of mentions) {
    const start = m.place.offset - offset;
    const end = start + m.text.length;
    const gap = start >= to ? start - to : from >= end ? from - end : 0;
    if (gap > NEAR || (start >= to && CLAUSE_BREAK.test(text.slice(to, start)))) continue;
    if (!best || gap < best.gap) best = { m, gap };
  }
  return best?.m ?? null;
}

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
  dates: { mentions: Mention[]; fallback: Mention | null },
): Figure[] {
  const quantities = findQuantities(text);
  const out: Figure[] = [];
  for (const q of quantities) {
    const cls =
      classifyFigure(text, q, { title: sentence === null, quantities }) ??
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
      refersTo: nearestMention(text, place.offset, dates.mentions, q.index, q.end) ?? dates.fallback,
      sentence,
      place: { line: place.line, column: place.column + q.index, offset: place.offset + q.index },
    });
  }
  return out;
}

/** Figures with the same key state the same count of the same thing. */
function twinKey(f: Figure): string {
  return `${f.category}|${f.min}|${f.max}`;
}

/** The first attributed figure of each key, so finding a twin is one lookup, not a scan. */
function attributedTwins(all: Figure[]): Map<string, Figure> {
  const twins = new Map<string, Figure>();
  for (const f of all) if (f.claimant.kind !== "self" && !twins.has(twinKey(f))) twins.set(twinKey(f), f);
  return twins;
}

/**
 * A lead often states a figure the article attributes further down ("Sekitar
 * 600 tentara … dilaporkan gugur" … "anggota parlemen … termasuk 600 yang
 * kehilangan nyawa"): an unattributed figure in the body takes the claimant
 * of the same figure attributed elsewhere in the article.
 */
function creditedInArticle(f: Figure, twins: Map<string, Figure>): Figure {
  if (f.claimant.kind !== "self" || f.sentence === null) return f;
  const twin = twins.get(twinKey(f));
  if (!twin) return f;
  return { ...f, claimant: twin.claimant, reason: `${f.reason}; claimant from the same figure in sentence ${(twin.sentence ?? 0) + 1}` };
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
      figures.push(...figuresOf(d.headline.text, { line: d.headline.line, column: 1, offset }, null, speaker, { mentions: [], fallback: null }));
    }
    // Indexed by sentence once: scanning every claim and mention per sentence is quadratic on long articles.
    const claimOf = new Map<number, (typeof claims)[number]>();
    for (const c of claims) if (!claimOf.has(c.sentence)) claimOf.set(c.sentence, c);
    const mentionsOf = mentionsBySentence(d.mentions ?? []);
    (d.sentences ?? []).forEach((s, i) => {
      const claim = claimOf.get(i);
      const a = d.attributions?.[i];
      if (!a) return;
      const speaker = { claim: claim?.id ?? null, claimant: a.claimant, hedge: a.hedge };
      const dates = { mentions: mentionsOf.get(i) ?? [], fallback: claim?.stated ?? null };
      figures.push(...figuresOf(s.text, { line: s.line, column: s.column, offset: s.offset }, i, speaker, dates));
    });
    const twins = attributedTwins(figures);
    d.figures = figures.map((f) => creditedInArticle(f, twins));
  };
}
