/**
 * The media one sentence names between its claimant and the article: the
 * credits in it ("dikutip oleh kantor berita Yonhap", "seperti dilaporkan
 * Reuters", "kepada BBC") and the medium its attribution came through, put
 * in the order the statement travelled.
 *
 * - A credit that opens the sentence and is set off by a comma ("Dilansir
 *   dari KBS World, …", "Mengutip Reuters, …", "Seperti dilaporkan The Korea
 *   Herald, …") frames it: the article's outlet took what follows from that
 *   medium, so it is the outermost relay.
 * - Credits after the statement are in the order they are named ("dikutip
 *   oleh Yonhap, seperti dilaporkan Reuters": Yonhap, then Reuters).
 * - A medium after a quoting word ("mengutip", `provenance.yaml`) is the
 *   source of the medium named before it: it goes just before that one, and
 *   when that one is the claimant itself ("RBC Ukraine, mengutip Global
 *   Defence Corp"), it is the statement's origin.
 * - A credit followed by a comma and the day it was taken ("seperti dikutip
 *   dari CNA, Rabu (5/2)", "Dilansir dari KBS World, Senin (25/11/2024)"),
 *   or a sentence that is nothing but a credit ("Sumber: Reuters"), names
 *   the article's own source.
 * - The medium a speaker talked to ("mengatakan kepada BBC", `addressed` in
 *   `provenance.yaml`) carried that speaker's report only: it is never a
 *   frame, nor the article's own source ("kata seorang analis kepada
 *   Kompas.com, Senin (3/3/2025)" is an interview).
 */
import type { Attribution } from "../claims/types.ts";
import type { DateExpression } from "../dates/date-expression.ts";
import { mediumOfClaimant, mediumOfCredit, type Medium } from "./medium.ts";
import { loadProvenance } from "./provenance-lexicon.ts";

/** A credit standing in the sentence: its medium's name, its words, and where the words start. */
export interface SentenceCredit {
  name: string;
  text: string;
  at: number;
}

export interface SentenceInput {
  text: string;
  credits: readonly SentenceCredit[];
  attribution: Pick<Attribution, "claimant" | "via">;
  dates: readonly Pick<DateExpression, "index">[];
  /** Where the sentence's own words start (after the dateline of the first sentence). */
  lead: number;
}

export interface SentenceRelays {
  /** Media named after the statement, nearest its origin first. */
  inner: Medium[];
  /** Media that open the sentence, nearest its origin first: outside `inner`. */
  framing: Medium[];
  /** The medium that the claimant, itself a medium, quoted: where the statement started. */
  origin: Medium | null;
  /** Media the sentence credits as the article's own source. */
  articleCredits: Medium[];
}

interface Named {
  medium: Medium;
  at: number;
  end: number;
  quoting: boolean;
  framing: boolean;
  /** A credit that may name the article's own source (not a medium a speaker talked to). */
  credit: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
const LAST_WORD = /[\p{L}\p{N}][^\p{L}\p{N}]*$/u;
const REST_OF_NAME = /^(?:[ \u00a0]+[\p{Lu}\p{N}][\p{L}\p{N}.&'’+-]{0,40}){0,6}/u;
/** A sentence naming more media than this is not read for relays beyond them. */
const MAX_NAMED = 12;

/** Where the name that ends at `end` really ends: "dikutip dari KBS" is followed by " World". */
function nameEnd(text: string, end: number): number {
  return end + (REST_OF_NAME.exec(text.slice(end, end + 300))?.[0].length ?? 0);
}

/** The position after a comma that follows `at`, or -1. */
function afterComma(text: string, at: number): number {
  const m = /^[ \u00a0]*,[ \u00a0]*/u.exec(text.slice(at, at + 8));
  return m ? at + m[0].length : -1;
}

/**
 * The relays of one sentence. Never throws.
 *
 * @example
 * const text = '"Pasukan itu tiba," kata NIS dalam pernyataan yang dikutip oleh kantor berita Yonhap, seperti dilaporkan Reuters.';
 * sentenceRelays({
 *   text,
 *   credits: [{ name: "Yonhap", text: "dikutip oleh kantor berita Yonhap", at: 51 }, { name: "Reuters", text: "seperti dilaporkan Reuters", at: 86 }],
 *   attribution: { claimant: nis, via: yonhap },
 *   dates: [],
 *   lead: 0,
 * })
 * //=> { inner: [{ name: "Yonhap", id: "yonhap" }, { name: "Reuters", id: "reuters" }], framing: [], origin: null, articleCredits: [] }
 */
export function sentenceRelays(input: SentenceInput): SentenceRelays {
  const { text, attribution, lead } = input;
  const named: Named[] = [];
  // The sentence's own words run from its first to its last letter or digit after the dateline.
  const first = text.slice(lead).search(WORD);
  const firstWord = first < 0 ? text.length : lead + first;
  const lastWordEnd = LAST_WORD.exec(text)?.index ?? -1;
  for (const credit of input.credits.slice(0, MAX_NAMED)) {
    const medium = mediumOfCredit(credit.name);
    if (medium === null || named.some((n) => n.medium.id === medium.id)) continue;
    const end = nameEnd(text, credit.at + credit.text.length);
    const addressed = loadProvenance().addressed.test(credit.text);
    const opening = !addressed && credit.at <= firstWord;
    named.push({ medium, at: credit.at, end, quoting: loadProvenance().quoting.test(credit.text), framing: opening && afterComma(text, end) >= 0, credit: !addressed });
  }
  const via = mediumOfClaimant(attribution.via);
  if (via !== null && !named.some((n) => n.medium.id === via.id)) {
    const at = attribution.via!.text ? text.indexOf(attribution.via!.text) : -1;
    named.push({ medium: via, at: at < 0 ? text.length : at, end: at < 0 ? text.length : at + attribution.via!.text.length, quoting: false, framing: false, credit: false });
  }
  named.sort((a, b) => a.at - b.at);

  const claimant = mediumOfClaimant(attribution.claimant);
  const claimantAt = claimant !== null && attribution.claimant.text ? text.indexOf(attribution.claimant.text) : -1;
  const inner: Named[] = [];
  const framing: Named[] = [];
  let origin: Medium | null = null;
  for (const item of named) {
    if (item.framing) {
      framing.push(item);
      continue;
    }
    if (item.quoting) {
      // The medium named last before it is the one that quoted it.
      const before = [...inner, ...framing].filter((n) => n.at < item.at).sort((a, b) => b.at - a.at)[0] ?? null;
      if (claimantAt >= 0 && claimantAt < item.at && (before === null || before.at < claimantAt) && claimant!.id !== item.medium.id) {
        origin ??= item.medium;
        continue;
      }
      if (before !== null) {
        const list = inner.includes(before) ? inner : framing;
        list.splice(list.indexOf(before), 0, item);
        continue;
      }
    }
    inner.push(item);
  }

  const articleCredits: Medium[] = [];
  for (const item of named) {
    if (!item.credit) continue;
    const comma = afterComma(text, item.end);
    const dated = comma >= 0 && input.dates.some((d) => d.index === comma);
    const alone = item.at <= firstWord && lastWordEnd < item.end;
    if (dated || alone) articleCredits.push(item.medium);
  }
  return { inner: inner.map((n) => n.medium), framing: framing.map((n) => n.medium), origin, articleCredits };
}
