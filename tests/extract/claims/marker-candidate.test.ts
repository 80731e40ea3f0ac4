import { describe, expect, it } from "vitest";
import { claimsLexicon } from "../../../src/extract/claims/compile-lexicon.ts";
import { markerAllowed, markerCandidate, type Signals } from "../../../src/extract/claims/marker-candidate.ts";
import { scanAliases } from "../../../src/extract/claims/scan-aliases.ts";
import { phrasesStartingAt } from "../../../src/text/phrase-table.ts";
import { splitWords } from "../../../src/text/tokenize.ts";

/** The first marker entry of `word` in `text`, with its span. */
function marker(text: string, word: string) {
  const words = splitWords(text);
  const i = words.lower.indexOf(word);
  const [found] = phrasesStartingAt(claimsLexicon().markers, (j) => words.lower[j], i);
  return { span: [words.start[i]!, words.end[found!.last]!] as [number, number], entries: found!.values };
}

describe("markerCandidate", () => {
  it("reads the claimant after a post-quote verb and the medium after 'kepada'", () => {
    const text = '"Kami siap," kata Ryder kepada CNN.';
    const { span, entries } = marker(text, "kata");
    const c = markerCandidate(text, scanAliases(text), span, entries[0]!, { agentless: false, pointsBack: false });
    expect(c).toMatchObject({ kind: "post", marker: "kata", claimants: [{ id: "ryder" }], via: { id: "cnn" } });
  });

  it("signals an agentless passive and a pointer back", () => {
    const signals: Signals = { agentless: false, pointsBack: false };
    let text = "Korea Utara disebut mengerahkan 18.000 tentara.";
    let m = marker(text, "disebut");
    expect(markerCandidate(text, scanAliases(text), m.span, m.entries[0]!, signals)).toBeNull();
    expect(signals.agentless).toBe(true);
    text = "Hal ini diungkapkan Pentagon.";
    m = marker(text, "diungkapkan");
    expect(markerCandidate(text, scanAliases(text), m.span, m.entries[0]!, signals)?.claimants[0]?.id).toBe("pentagon");
    expect(signals.pointsBack).toBe(true);
  });
});

describe("markerAllowed", () => {
  it("lets a post-quote verb stand only after a comma or a closing quote", () => {
    let text = "Korea Utara mengirim tentara, kata NIS.";
    let m = marker(text, "kata");
    expect(markerAllowed(text, m.span, m.entries[0]!, false)).toBe(true);
    text = "Kata NIS, tentara dikirim.";
    m = marker(text, "kata");
    expect(markerAllowed(text, m.span, m.entries.find((e) => e.kind === "post")!, false)).toBe(false);
  });

  it("lets a quote-only verb stand only after a quotation", () => {
    const text = "Sikap itu, jelas Kirby.";
    const m = marker(text, "jelas");
    expect(markerAllowed(text, m.span, m.entries[0]!, false)).toBe(false);
    expect(markerAllowed(text, m.span, m.entries[0]!, true)).toBe(true);
  });

  it("lets a head-line verb stand only in its own case", () => {
    const text = "Korsel Sebut Korea Utara Tambah Pasukan";
    const m = marker(text, "sebut");
    const pre = m.entries.find((e) => e.kind === "pre")!;
    expect(markerAllowed(text, m.span, pre, false)).toBe(true);
    expect(markerAllowed(text.replace("Sebut", "sebut"), m.span, pre, false)).toBe(false);
  });

  it("lets a post-quote word that is also a noun ('klaim') stand only after a clause of a few words", () => {
    const post = (text: string) => {
      const m = marker(text, "klaim");
      return markerAllowed(text, m.span, m.entries.find((e) => e.kind === "post")!, false);
    };
    expect(post("Puluhan serdadu Korut gugur di dekat desa itu, klaim Kyiv.")).toBe(true);
    expect(post("Akan tetapi, klaim Kyiv itu dibantah Moskow.")).toBe(false);
    expect(post("MOSKOW - Akan tetapi, klaim Kyiv itu dibantah Moskow.")).toBe(false);
  });
});
