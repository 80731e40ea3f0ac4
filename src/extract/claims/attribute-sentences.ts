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
 *   and a new paragraph starts afresh: an agentless report in a paragraph of
 *   its own ("Korea Utara disebut mengerahkan 18.000 tentara") is the
 *   outlet's, as far as its reader can tell, unless it speaks early of what
 *   the sentence right before reported ("Kemudian, diantara 4000 tentara
 *   itu, 1000 orang diyakini telah tewas");
 * - from the sentence after: "Hal ini diungkapkan X." attributes the sentence
 *   before it, and a quotation closed later by '," kata X' is X's throughout.
 *   These are marked `carried: true`.
 *
 * A pronoun subject ("Dia mengatakan", "katanya") is read as the last person
 * named (in the paragraph, else in the article); "mereka" as the paragraph's
 * last claimant; a description with a demonstrative ("badan mata-mata
 * tersebut", "Media tersebut") as the latest claimant of its kind; a short
 * name ("Kim", "Lee") as the claimant named by it in full before
 * (`find-antecedent.ts`). The claimant is then marked `carried: true` as well.
 *
 * A speaker who relays a known source ("…, kata anggota parlemen, mengutip
 * NIS", "X mengatakan bahwa …, menurut badan intelijen tersebut") speaks for
 * that source: it is the claimant, the speaker in `also`.
 *
 * Whatever is left speaks in the outlet's own voice: claimant kind "self",
 * id "outlet", name the outlet (or "Redaksi").
 */
import { chooseHedge } from "./choose-hedge.ts";
import { describedBefore, isShortName, namedBefore } from "./find-antecedent.ts";
import { outletClaimant, unknownClaimant } from "./make-claimant.ts";
import type { Candidate } from "./marker-candidate.ts";
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

/** Who a candidate names, after pronouns, descriptions and short names are read back. */
interface Named {
  claimant: Claimant;
  also: Claimant[];
  carried: boolean;
}

function unique(claimants: readonly Claimant[], not: Claimant): Claimant[] {
  return claimants.filter((c, i, all) => c.id !== not.id && all.findIndex((d) => d.id === c.id) === i);
}

function named(c: Candidate, antecedent: Attribution | null, history: readonly Attribution[]): Named {
  const first = c.claimants[0];
  if (first) {
    const full = isShortName(first) ? namedBefore(history, first.name) : null;
    return full ? { claimant: full.claimant, also: full.also, carried: true } : { claimant: first, also: [], carried: false };
  }
  const pronoun = c.pronoun!;
  const before = pronoun.kind !== undefined ? describedBefore(history, pronoun.kind, pronoun.text) : antecedent;
  if (before) return { claimant: before.claimant, also: before.also, carried: true };
  const who: Claimant = pronoun.kind !== undefined ? unknownClaimant(pronoun.text) : { ...unknownClaimant(pronoun.text), kind: pronoun.group ? "group" : "person" };
  return { claimant: who, also: [], carried: false };
}

function explicit(facts: SentenceFacts, antecedent: Attribution | null, history: readonly Attribution[]): Attribution {
  const best = facts.best!;
  const hedge = chooseHedge(facts.hedges, best.hedge, true);
  const speaker = named(best, antecedent, history);
  // Only a source the lexicon knows speaks through the speaker: "menurut data
  // militer" after "Zelensky mengatakan" leaves the claim Zelensky's.
  const relayed = facts.origin ? named(facts.origin, antecedent, history) : null;
  const origin = relayed?.claimant.known ? relayed : null;
  const who = origin ?? speaker;
  const also = unique([...(origin ? [speaker.claimant, ...speaker.also] : []), ...who.also, ...facts.others, ...(relayed && !origin ? [relayed.claimant] : [])], who.claimant);
  return { claimant: who.claimant, also, via: facts.via, marker: best.marker, hedge, carried: who.carried };
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

  const out: Attribution[] = [];
  const history: Attribution[] = [];
  let lastNamed: Attribution | null = null;
  let lastPerson: Attribution | null = null;
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
    // "Kemudian, diantara 4000 tentara itu, 1000 orang diyakini telah tewas": across a paragraph break.
    const before = i > 0 ? out[i - 1]! : null;
    const refersOn = fresh && before !== null && before.claimant.kind !== "self" && before.hedge !== "denied" && f.agentless && f.refersBack;
    let a: Attribution;
    if (f.best) {
      // "dia", "ia", "-nya" stand for a person; "mereka" for anyone named.
      const personal = f.best.pronoun !== null && !f.best.pronoun.group;
      const antecedent = personal && paragraphLast?.claimant.kind !== "person" ? lastPerson ?? paragraphLast ?? lastNamed : paragraphLast ?? lastNamed;
      a = explicit(f, antecedent, history);
      if (f.pointsBack && prev?.claimant.kind === "self") out[i - 1] = carry(a, facts[i - 1]!);
      if (f.quotes.startsQuoted) for (const j of pendingQuote) out[j] = carry(a, facts[j]!);
      pendingQuote = [];
      if (f.best.claimants.length > 0 || f.best.pronoun?.kind !== undefined) lastNamed = a;
      if (a.claimant.kind === "person") lastPerson = a;
    } else if (prevSpeaks && (f.quotes.startsQuoted || f.continues || f.agentless)) {
      a = carry(prev, f);
    } else if (refersOn) {
      a = carry(before, f);
    } else {
      a = { claimant: outlet, also: [], via: f.via, marker: null, hedge: chooseHedge(f.hedges, null, false), carried: false };
      if (f.quotes.endsInQuote) pendingQuote.push(i);
      else pendingQuote = [];
    }
    if (a.claimant.kind !== "self") {
      paragraphLast = a;
      history.push(a);
    }
    out.push(a);
  });
  return out;
}
