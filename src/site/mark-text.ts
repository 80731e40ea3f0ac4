/**
 * The clean text of an entry as HTML, with each claim sentence wrapped and
 * tagged with its claimant and the relays it came through, and each figure
 * wrapped in `<data>` with its normalised value and category. Built from
 * escaped segments: no article text ever reaches the page unescaped.
 */
import type { Claimant, Entry, Figure } from "../schema/entry.ts";
import { routeHtml } from "./chain-view.ts";
import { escapeHtml } from "./escape-html.ts";
import { formatCount } from "./format-count.ts";
import { CATEGORY_SHORT, HEDGE_LABEL } from "./labels.ts";

export interface MarkedText {
  /** The headline, with any figure it holds marked. */
  titleHtml: string;
  paragraphs: { kind: "paragraph" | "subheading"; html: string }[];
}

type ClaimantLink = (claimant: Pick<Claimant, "id" | "name">) => string;
interface Span { start: number; end: number; figure: Figure; index: number }

const hidden = (text: string) => `<span class="vh">${text}</span>`;

/** `<data>` for one figure: the words as written, then its value and category. */
function figureHtml(words: string, figure: Figure, index: number): string {
  const value = figure.min === figure.max ? String(figure.min ?? "") : `${figure.min ?? ""}/${figure.max ?? ""}`;
  const tag = `${CATEGORY_SHORT[figure.category]}: ${formatCount(figure.min, figure.max)}`;
  return (
    `<data class="fig fig-${figure.category}" id="angka-${index}" value="${escapeHtml(value)}">${escapeHtml(words)}` +
    `<small class="fig-tag" data-pagefind-ignore>${hidden(" (")}${escapeHtml(tag)}${hidden(")")}</small></data>`
  );
}

/** Escaped `text` with the figures at `spans` (sorted, relative to `text`) marked. */
function withFigures(text: string, spans: readonly Span[]): string {
  let html = "";
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    html += escapeHtml(text.slice(at, span.start)) + figureHtml(text.slice(span.start, span.end), span.figure, span.index);
    at = span.end;
  }
  return html + escapeHtml(text.slice(at));
}

/** Where a figure's words stand in `text` that starts at file offset `offset`. */
function locate(text: string, offset: number | null, figure: Figure, index: number): Span | null {
  const delta = offset === null ? -1 : figure.place.offset - offset;
  const start = delta >= 0 && text.startsWith(figure.text, delta) ? delta : text.indexOf(figure.text);
  if (start < 0) return null;
  return { start, end: start + figure.text.length, figure, index };
}

function bySentence(entry: Entry): Map<number | null, { figure: Figure; index: number }[]> {
  const map = new Map<number | null, { figure: Figure; index: number }[]>();
  entry.figures.forEach((figure, index) => {
    const list = map.get(figure.sentence) ?? [];
    list.push({ figure, index });
    map.set(figure.sentence, list);
  });
  return map;
}

/**
 * Mark up an entry's headline and paragraphs.
 *
 * @example
 * markText(entry, (c) => `/sumber/${c.id}/`).paragraphs[0].html.slice(0, 60)
 * //=> `<span class="claim" id="000-022d6d6978ebefb1-k0"><span class="claim-text">Liputan6.com…`
 */
export function markText(entry: Entry, claimantUrl: ClaimantLink): MarkedText {
  const figures = bySentence(entry);
  const claims = new Map(entry.claims.map((c) => [c.sentence, c] as const));
  const spansOf = (text: string, offset: number | null, list: { figure: Figure; index: number }[] = []) =>
    list.map(({ figure, index }) => locate(text, offset, figure, index)).filter((s): s is Span => s !== null).sort((a, b) => a.start - b.start);

  const sentencesOf = new Map<number, number[]>();
  entry.sentences.forEach((s, i) => {
    const list = sentencesOf.get(s.paragraph);
    if (list) list.push(i);
    else sentencesOf.set(s.paragraph, [i]);
  });

  const paragraphs = entry.paragraphs.map((paragraph, p) => {
    let html = "";
    let at = 0;
    for (const i of sentencesOf.get(p) ?? []) {
      const sentence = entry.sentences[i]!;
      const start = paragraph.text.indexOf(sentence.text, at);
      if (start < 0) continue;
      const inner = withFigures(sentence.text, spansOf(sentence.text, sentence.place.offset, figures.get(i)));
      const claim = claims.get(i);
      html += escapeHtml(paragraph.text.slice(at, start));
      if (claim && paragraph.kind === "paragraph") {
        const who = [claim.claimant, ...claim.also]
          .map((c) => `<a href="${escapeHtml(claimantUrl(c))}">${escapeHtml(c.name)}</a>`)
          .join(", ");
        const hedge = claim.hedge === "reported" ? "" : ` · ${HEDGE_LABEL[claim.hedge]}`;
        html +=
          `<span class="claim" id="${escapeHtml(claim.id)}"><span class="claim-text">${inner}</span> ` +
          `<small class="who" data-pagefind-ignore>${hidden("(menurut ")}${who}${routeHtml(claim.chain, claim.claimant.id)}${escapeHtml(hedge)}${hidden(")")}</small></span>`;
      } else {
        html += inner;
      }
      at = start + sentence.text.length;
    }
    html += escapeHtml(paragraph.text.slice(at));
    return { kind: paragraph.kind, html };
  });

  return { titleHtml: withFigures(entry.title, spansOf(entry.title, null, figures.get(null))), paragraphs };
}
