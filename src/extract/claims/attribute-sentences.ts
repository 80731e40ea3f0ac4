/**
 * Who says what in an article, sentence by sentence, and how hedged.
 *
 * Each sentence is first read on its own (`read-sentence.ts`); then, in
 * order, a sentence without an attribution of its own may take one over:
 *
 * - from the sentence before in the same paragraph, when it continues that
 *   report: it starts inside or with a quotation, starts with a pronoun or a
 *   continuation ("Mereka", "Selain itu", "Insiden tersebut"), or reports
 *   without an agent ("diperkirakan", "disebut"). A denial is not continued,
 *   and a new paragraph starts afresh;
 * - from the sentence after: "Hal ini diungkapkan X." attributes the sentence
 *   before it, and a quotation closed later by '," kata X' is X's throughout;
 * - from the article's latest attributed figure, when a paragraph without any
 *   attribution gives a figure with an agentless report ("Diperkirakan sekitar
 *   2.000 tentara …", "Korea Utara disebut mengerahkan 18.000 tentara"): an
 *   unattributed passive estimate is credited to the source that last gave
 *   figures. All of these are marked `carried: true`.
 *
 * A pronoun subject ("Dia mengatakan", "katanya") is read as the last person
 * named (in the paragraph, else in the article); "mereka" as the paragraph's
 * last claimant. The claimant is then marked `carried: true` as well.
 *
 * Whatever is left speaks in the outlet's own voice: claimant kind "self",
 * id "outlet", name the outlet (or "Redaksi").
 */
import { chooseHedge } from "./choose-hedge.ts";
import { outletClaimant, unknownClaimant } from "./make-claimant.ts";
import { readSentence, type SentenceFacts } from "./read-sentence.ts";
import type { Attribution, Claimant, SentenceInput } from "./types.ts";

function carry(source: Attribution, facts: SentenceFacts): Attribution {
  return {
    claimant: source.claimant,
    also: source.also,
    via: source.via,
    marker: source.marker,
    hedge: chooseHedge(facts.hedges, null, true),
    carried: true,
  };
}

function explicit(facts: SentenceFacts, antecedent: Attribution | null): Attribution {
  const best = facts.best!;
  const hedge = chooseHedge(facts.hedges, best.hedge, true);
  const named = best.claimants[0];
  if (named) return { claimant: named, also: facts.others, via: facts.via, marker: best.marker, hedge, carried: false };
  const pronoun = best.pronoun!;
  if (antecedent) {
    const also = [...antecedent.also, ...facts.others].filter((c, i, all) => c.id !== antecedent.claimant.id && all.findIndex((d) => d.id === c.id) === i);
    return { claimant: antecedent.claimant, also, via: facts.via, marker: best.marker, hedge, carried: true };
  }
  const who: Claimant = { ...unknownClaimant(pronoun.text), kind: pronoun.group ? "group" : "person" };
  return { claimant: who, also: facts.others, via: facts.via, marker: best.marker, hedge, carried: false };
}

/**
 * One attribution per sentence, in order. Never throws.
 *
 * @example
 * attributeSentences(
 *   [
 *     { text: 'Badan intelijen Korea Selatan menyatakan pada Selasa (4/2/2025), tentara Korea Utara tampaknya tidak terlibat lagi.', paragraph: 0 },
 *     { text: '"Rincian pastinya masih dalam pemantauan," sebut Badan Intelijen Nasional Korea Selatan, seperti dikutip dari CNA, Rabu (5/2).', paragraph: 1 },
 *   ],
 *   { outlet: "Liputan6.com" },
 * ).map((a) => [a.claimant.id, a.marker, a.hedge, a.via?.id ?? null])
 * //=> [["nis", "menyatakan", "reported", null], ["nis", "sebut", "unverified", "cna"]]
 */
export function attributeSentences(sentences: readonly SentenceInput[], options: { outlet: string | null }): Attribution[] {
  const outlet = outletClaimant(typeof options?.outlet === "string" ? options.outlet : null);
  const facts: SentenceFacts[] = [];
  let open = false;
  sentences.forEach((sentence, i) => {
    if (i === 0 || sentence.paragraph !== sentences[i - 1]!.paragraph) open = false;
    const read = readSentence(typeof sentence.text === "string" ? sentence.text : "", open);
    open = read.quotes.endsInQuote;
    facts.push(read);
  });
  const attributedParagraphs = new Set(sentences.filter((_, i) => facts[i]!.best).map((s) => s.paragraph));

  const out: Attribution[] = [];
  let lastNamed: Attribution | null = null;
  let lastPerson: Attribution | null = null;
  let lastFigure: Attribution | null = null;
  let paragraphLast: Attribution | null = null;
  let pendingQuote: number[] = [];
  sentences.forEach((sentence, i) => {
    const f = facts[i]!;
    const fresh = i === 0 || sentence.paragraph !== sentences[i - 1]!.paragraph;
    if (fresh) {
      paragraphLast = null;
      pendingQuote = [];
    }
    const prev = fresh ? null : out[i - 1]!;
    const prevSpeaks = prev !== null && prev.claimant.kind !== "self" && prev.hedge !== "denied";
    let a: Attribution;
    if (f.best) {
      // "dia", "ia", "-nya" stand for a person; "mereka" for anyone named.
      const personal = f.best.pronoun !== null && !f.best.pronoun.group;
      const antecedent = personal && paragraphLast?.claimant.kind !== "person" ? lastPerson ?? paragraphLast ?? lastNamed : paragraphLast ?? lastNamed;
      a = explicit(f, antecedent);
      if (f.pointsBack && prev?.claimant.kind === "self") out[i - 1] = carry(a, facts[i - 1]!);
      if (f.quotes.startsQuoted) for (const j of pendingQuote) out[j] = carry(a, facts[j]!);
      pendingQuote = [];
      if (f.best.claimants.length > 0) lastNamed = a;
      if (a.claimant.kind === "person") lastPerson = a;
      if (f.figure && a.hedge !== "denied") lastFigure = a;
    } else if (prevSpeaks && (f.quotes.startsQuoted || f.continues || f.agentless)) {
      a = carry(prev, f);
    } else if (lastFigure && f.agentless && f.figure && !attributedParagraphs.has(sentence.paragraph)) {
      a = carry(lastFigure, f);
    } else {
      a = { claimant: outlet, also: [], via: f.via, marker: null, hedge: chooseHedge(f.hedges, null, false), carried: false };
      if (f.quotes.endsInQuote) pendingQuote.push(i);
      else pendingQuote = [];
    }
    if (a.claimant.kind !== "self") paragraphLast = a;
    out.push(a);
  });
  return out;
}
