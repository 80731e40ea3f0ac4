import { describe, expect, it } from "vitest";
import { normaliseClaimant } from "../../../src/extract/claims/index.ts";
import type { Claimant } from "../../../src/extract/claims/types.ts";
import { scanDates } from "../../../src/extract/dates/index.ts";
import { sentenceRelays } from "../../../src/extract/provenance/sentence-relays.ts";
import { findCredits } from "../../../src/extract/source/find-credits.ts";

const who = (name: string): Claimant => normaliseClaimant(name);

/** The relays of `text` with its real credits and dates, spoken by `claimant`. */
function relaysOf(text: string, claimant: Claimant, via: Claimant | null = null, lead = 0) {
  const credits = findCredits(text).map((c) => ({ name: c.name, text: c.text, at: c.index }));
  return sentenceRelays({ text, credits, attribution: { claimant, via }, dates: scanDates(text), lead });
}
const ids = (media: { id: string }[]) => media.map((m) => m.id);

describe("sentenceRelays", () => {
  it("keeps several relays after the statement in the order they are named", () => {
    const r = relaysOf('"Pasukan itu tiba," kata NIS dalam pernyataan yang dikutip oleh kantor berita Yonhap, seperti dilaporkan Reuters.', who("NIS"), who("Yonhap"));
    expect(ids(r.inner)).toEqual(["yonhap", "reuters"]);
    expect(r.framing).toEqual([]);
    expect(r.articleCredits).toEqual([]);
  });

  it("puts a credit that opens the sentence outside the others", () => {
    const r = relaysOf("Seperti dilaporkan The Korea Herald, NIS mengatakan kepada Yonhap bahwa 100 tentara tewas.", who("NIS"), who("Yonhap"));
    expect(ids(r.inner)).toEqual(["yonhap"]);
    expect(ids(r.framing)).toEqual(["the-korea-herald"]);
  });

  it("does not take an opening credit without a comma for a frame: 'Laporan ABC News mengungkapkan' names the speaker", () => {
    const r = relaysOf("Laporan terbaru dari ABC News mengungkapkan bahwa 1.000 tentara tiba.", who("ABC News"));
    expect(r.framing).toEqual([]);
    expect(ids(r.inner)).toEqual(["abc-news"]);
  });

  it("skips the dateline when judging whether a credit opens the sentence", () => {
    const text = "Warta Kita, Jakarta - Mengutip Reuters, NIS mengatakan 3.000 tentara tiba.";
    expect(ids(relaysOf(text, who("NIS"), null, "Warta Kita, Jakarta -".length).framing)).toEqual(["reuters"]);
    expect(ids(relaysOf(text, who("NIS")).framing)).toEqual([]);
  });

  it("makes the medium a claimant medium quoted the origin ('X, mengutip Y')", () => {
    const r = relaysOf("Kyiv Independent, mengutip Ukrainska Pravda, melaporkan bahwa 50 tentara tewas.", who("Kyiv Independent"), who("Ukrainska Pravda"));
    expect(r.origin?.id).toBe("ukrainska-pravda");
    expect(r.inner).toEqual([]);
  });

  it("puts a medium quoted by a relay before that relay", () => {
    const r = relaysOf('"Mereka mundur," kata GUR seperti dilaporkan Reuters yang mengutip Ukrinform.', who("GUR"));
    expect(ids(r.inner)).toEqual(["ukrinform", "reuters"]);
    expect(r.origin).toBeNull();
  });

  it("reads 'Mengutip Reuters, …' at the start as the outlet quoting: a frame, not an origin", () => {
    const r = relaysOf("Mengutip Reuters, NIS mengatakan 3.000 tentara tiba.", who("NIS"), who("Reuters"));
    expect(ids(r.framing)).toEqual(["reuters"]);
    expect(r.origin).toBeNull();
  });

  it("takes a credit dated with the day it was taken for the article's own source", () => {
    const r = relaysOf('"Rinciannya masih dipantau," sebut NIS, seperti dikutip dari CNA, Rabu (5/2).', who("NIS"), who("CNA"));
    expect(ids(r.inner)).toEqual(["cna"]);
    expect(ids(r.articleCredits)).toEqual(["cna"]);
  });

  it("reads the rest of a name past the credited words ('KBS' of 'KBS World, Senin (25/11/2024)')", () => {
    const r = relaysOf("Dilansir dari KBS World, Senin (25/11/2024), laporan media Ukraina mengungkapkan 500 tentara tewas.", who("media Ukraina"));
    expect(ids(r.framing)).toEqual(["kbs"]);
    expect(ids(r.articleCredits)).toEqual(["kbs"]);
  });

  it("does not take a credit with 'pada' and a date for the article's own: that dates the quotation", () => {
    const r = relaysOf("kata NIS dalam pernyataan yang dikutip oleh kantor berita Yonhap pada 27 Februari 2025.", who("NIS"), who("Yonhap"));
    expect(r.articleCredits).toEqual([]);
  });

  it("keeps the medium a speaker talked to for its sentence only, even with a date after it", () => {
    const r = relaysOf('"Pasukan itu kelelahan," kata seorang analis militer kepada Kompas.com, Senin (3/3/2025).', who("seorang analis militer"), who("Kompas.com"));
    expect(ids(r.inner)).toEqual(["kompas-com"]);
    expect(r.articleCredits).toEqual([]);
    const told = relaysOf("Kepada BBC, pejabat itu mengatakan 1.000 tentara tewas.", who("pejabat"));
    expect(told.framing).toEqual([]);
  });

  it("takes a sentence that is only a credit for the article's own source", () => {
    expect(ids(relaysOf("Sumber: Reuters", who("Redaksi")).articleCredits)).toEqual(["reuters"]);
  });

  it("takes the medium of the attribution ('kepada BBC') when no credit names it", () => {
    const bbc = who("BBC");
    const r = sentenceRelays({ text: "Pejabat Barat mengatakan kepada BBC bahwa 1.000 tentara tewas.", credits: [], attribution: { claimant: who("pejabat Barat"), via: bbc }, dates: [], lead: 0 });
    expect(ids(r.inner)).toEqual(["bbc"]);
  });

  it("ignores credits that name no medium and a medium given twice", () => {
    const r = relaysOf("Hal itu dikutip dari Pentagon dan dikutip dari Reuters, seperti dilaporkan Reuters.", who("Redaksi"));
    expect(ids(r.inner)).toEqual(["reuters"]);
  });

  it("finds nothing in a sentence without media", () => {
    expect(relaysOf("Zelensky mengatakan 300 tentara tertangkap.", who("Zelensky"))).toEqual({ inner: [], framing: [], origin: null, articleCredits: [] });
  });
});
