/**
 * The relays of every sentence of an article: the media its statement came
 * through before it reached the outlet, nearest the origin first.
 *
 * A sentence that names relays of its own has those (`sentence-relays.ts`).
 * One that names none takes them from where a reader would:
 *
 * - a sentence of the same paragraph that named relays goes on counting for
 *   the claims of the same claimant that follow it ("…," kata GUR, seperti
 *   dikutip dari The Guardian. "…," tambahnya.), and the sentences in the
 *   outlet's own voice between them do not interrupt it; a claim of another
 *   claimant ends it;
 * - a framing credit ("Dilansir dari KBS World, …") covers the rest of its
 *   paragraph, whoever speaks there: "Dilansir dari KBS World, … . … . NIS
 *   mengatakan …" came through KBS World too; it stays outside the relays a
 *   later sentence names itself;
 * - into the next paragraph only a claim that continues the same claimant's
 *   report (`carried`: "Dia menambahkan", a quotation going on) takes them;
 * - a claim with no nearer relay takes the article's own credit: the latest
 *   one named before it (the first one for the claims above it). The
 *   article's own credits are the dated ones ("seperti dikutip dari CNA,
 *   Rabu (5/2)", the day the outlet took the story), a credit that is a
 *   sentence of its own ("Sumber: Reuters"), and a framing credit of the
 *   first paragraph.
 */
import type { Attribution } from "../claims/types.ts";
import type { DateExpression } from "../dates/date-expression.ts";
import type { Medium } from "./medium.ts";
import { sentenceRelays, type SentenceCredit, type SentenceRelays } from "./sentence-relays.ts";

export interface ArticleSentence {
  text: string;
  paragraph: number;
  /** Offset of the sentence in the file. */
  offset: number;
  attribution: Pick<Attribution, "claimant" | "via" | "carried">;
  dates: readonly Pick<DateExpression, "index">[];
}

/** A credit of the article: its medium's name, its words and their offset in the file. */
export interface ArticleCredit {
  name: string;
  text: string;
  offset: number;
}

/** The relays of one sentence, and the medium its claimant quoted when that is where it started. */
export interface Relays {
  relays: Medium[];
  /** The origin, when the claimant (id `quotedBy`) is a medium passing on what another medium said. */
  origin: { medium: Medium; quotedBy: string } | null;
}

interface Passage {
  framing: Medium[];
  inner: Medium[];
  /** The claimant the inner relays belong to (null: only the outlet's voice so far). */
  claimant: string | null;
}

const join = (...lists: Medium[][]): Medium[] => {
  const out: Medium[] = [];
  for (const m of lists.flat()) if (!out.some((o) => o.id === m.id)) out.push(m);
  return out;
};

/** The credits of each sentence, by where their words stand in the file. */
function creditsBySentence(sentences: readonly ArticleSentence[], credits: readonly ArticleCredit[]): SentenceCredit[][] {
  const sorted = [...credits].sort((a, b) => a.offset - b.offset);
  let next = 0;
  return sentences.map((s) => {
    const out: SentenceCredit[] = [];
    const end = s.offset + s.text.length;
    while (next < sorted.length && sorted[next]!.offset < s.offset) next++;
    for (let k = next; k < sorted.length && sorted[k]!.offset < end; k++) {
      const c = sorted[k]!;
      const at = s.text.startsWith(c.text, c.offset - s.offset) ? c.offset - s.offset : s.text.indexOf(c.text);
      if (at >= 0) out.push({ name: c.name, text: c.text, at });
    }
    return out;
  });
}

/** The relays of every sentence, and the article's own source (what its headline came through). */
export interface ArticleRelays {
  sentences: Relays[];
  /** The article's first own credit ("seperti dikutip dari CNA, Rabu (5/2)"), or none. */
  article: Medium[];
}

/**
 * The relays of each of `sentences`, in order. `dateline` is the article's
 * dateline as written ("Liputan6.com, Seoul -"), skipped at the start of the
 * first sentence. Never throws.
 *
 * @example
 * articleRelays(reading.sentences.map(…), reading.source.credits, { dateline: "Liputan6.com, Seoul -" }) // seeds/000
 * //=> { sentences: [{ relays: [{ name: "CNA", id: "cna" }], origin: null }, …], article: [{ name: "CNA", id: "cna" }] }
 */
export function articleRelays(sentences: readonly ArticleSentence[], credits: readonly ArticleCredit[], options: { dateline: string | null }): ArticleRelays {
  const creditsOf = creditsBySentence(sentences, credits);
  const firstParagraph = sentences[0]?.paragraph ?? 0;
  const found: SentenceRelays[] = sentences.map((s, i) =>
    sentenceRelays({
      text: s.text,
      credits: creditsOf[i]!,
      attribution: s.attribution,
      dates: s.dates,
      lead: i === 0 && options.dateline && s.text.startsWith(options.dateline) ? options.dateline.length : 0,
    }),
  );
  const own: { from: number; media: Medium[] }[] = [];
  found.forEach((r, i) => {
    const media = join(r.articleCredits, sentences[i]!.paragraph === firstParagraph ? r.framing : []);
    if (media.length > 0) own.push({ from: i, media });
  });

  let passage: Passage | null = null;
  const relaysOf = sentences.map((s, i): Relays => {
    const r = found[i]!;
    const claimant = s.attribution.claimant;
    const self = claimant.kind === "self";
    const fresh = i === 0 || s.paragraph !== sentences[i - 1]!.paragraph;
    let relays: Medium[];
    if (r.inner.length > 0 || r.framing.length > 0) {
      const framing = r.framing.length > 0 ? r.framing : !fresh && passage ? passage.framing : [];
      relays = join(r.inner, framing);
      passage = { framing, inner: r.inner, claimant: self ? (fresh ? null : passage?.claimant ?? null) : claimant.id };
    } else if (passage && !fresh) {
      if (self) relays = passage.framing;
      else if (claimant.id === passage.claimant) relays = join(passage.inner, passage.framing);
      else if (passage.framing.length > 0) {
        relays = passage.framing;
        passage = { framing: passage.framing, inner: [], claimant: claimant.id };
      } else {
        relays = [];
        passage = null;
      }
    } else if (passage && fresh && !self && s.attribution.carried && claimant.id === passage.claimant) {
      relays = join(passage.inner, passage.framing);
      passage = { framing: [], inner: relays, claimant: claimant.id };
    } else {
      relays = [];
      passage = null;
    }
    if (relays.length === 0 && own.length > 0) relays = (own.findLast((c) => c.from <= i) ?? own[0]!).media;
    return { relays, origin: r.origin && !self ? { medium: r.origin, quotedBy: claimant.id } : null };
  });
  return { sentences: relaysOf, article: own[0]?.media ?? [] };
}
