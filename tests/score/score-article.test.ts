import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/schema/entry.ts";
import type { GoldArticle } from "../../src/score/gold-schema.ts";
import { scoreArticle } from "../../src/score/score-article.ts";
import { makeEntry } from "../site/fixtures/make-entry.ts";
import { makeFigure } from "./fixtures/make-figure.ts";

const TEXT = "KIEV, WARTA.TV - Sekitar 500 tentara Korea Utara tewas.\n";

const gold = (g: Partial<GoldArticle> = {}): GoldArticle => ({
  file: "a.txt",
  on_topic: true,
  outlet: "Warta TV",
  published: "2024-11-25",
  published_basis: "25 November 2024, 21:05 WIB",
  dateline_place: "Kiev",
  title: "Lima Ratus Tentara Tewas",
  figures: [{ min: 500, max: 500, what: "killed", attributed_to: "unattributed", quote: "Sekitar 500 tentara Korea Utara tewas." }],
  ...g,
});

function entry(edit: (e: Entry) => void = () => {}): Entry {
  const e = makeEntry({ id: "a", title: "Lima Ratus Tentara Tewas", outlet: "WARTA.TV", published: { date: "2024-11-25T21:05", precision: "minute" }, paragraphs: [["Sekitar 500 tentara Korea Utara tewas."]] });
  e.source.datelinePlace = "KIEV";
  e.figures = [makeFigure({ min: 500, max: 500, category: "killed" })];
  edit(e);
  return e;
}

describe("scoreArticle", () => {
  it("finds every field of a well-parsed article right", () => {
    const s = scoreArticle({ gold: gold(), text: TEXT, entry: entry(), refusal: [] });
    expect([s.refused, s.outlet.right, s.outlet.named, s.published.verdict.exact, s.published.stated, s.place.right, s.title.right]).toEqual([false, true, true, true, true, true, true]);
    expect(s.figures!.pairs[0]!.claimant).toEqual({ agree: true, how: "unattributed", expected: "unattributed" });
  });

  it("misses every field of a refused article, figures included", () => {
    const s = scoreArticle({ gold: gold({ dateline_place: null, title: null }), text: TEXT, entry: null, refusal: ["no-date: …"] });
    expect([s.refused, s.outlet.right, s.outlet.nullOrRight, s.published.verdict.exact, s.place.right, s.title.right]).toEqual([true, false, false, false, false, false]);
    expect(s.figures!.pairs[0]!.got).toBeNull();
  });

  it("decides whether the text names the outlet from the text when the gold does not say", () => {
    expect(scoreArticle({ gold: gold(), text: "Kiev - Teks.", entry: entry(), refusal: [] }).outlet.named).toBe(false);
    expect(scoreArticle({ gold: gold({ outlet_named_in_text: false }), text: TEXT, entry: entry(), refusal: [] }).outlet.named).toBe(false);
  });

  it("accepts no outlet where the text names none, but not a wrong one", () => {
    const none = scoreArticle({ gold: gold(), text: "Kiev - Teks.", entry: entry((e) => void (e.source.outlet = null)), refusal: [] });
    expect([none.outlet.right, none.outlet.nullOrRight]).toEqual([false, true]);
    const wrong = scoreArticle({ gold: gold(), text: "Kiev - Teks.", entry: entry((e) => void (e.source.outlet = "Warta Kota")), refusal: [] });
    expect(wrong.outlet.nullOrRight).toBe(false);
  });

  it("counts a date from the page's address as not stated in the text, unless the gold says it is", () => {
    expect(scoreArticle({ gold: gold({ published_basis: "url" }), text: TEXT, entry: entry(), refusal: [] }).published.stated).toBe(false);
    expect(scoreArticle({ gold: gold({ published_basis: "url", published_in_text: true }), text: TEXT, entry: entry(), refusal: [] }).published.stated).toBe(true);
  });

  it("compares places without case, diacritics or extra spaces, and a missing place with none", () => {
    const spaced = scoreArticle({ gold: gold({ dateline_place: "Lombok Tengah" }), text: TEXT, entry: entry((e) => void (e.source.datelinePlace = "LOMBOK  TENGAH")), refusal: [] });
    expect(spaced.place.right).toBe(true);
    const none = scoreArticle({ gold: gold({ dateline_place: null }), text: TEXT, entry: entry((e) => void (e.source.datelinePlace = null)), refusal: [] });
    expect(none.place.right).toBe(true);
    expect(scoreArticle({ gold: gold({ dateline_place: null }), text: TEXT, entry: entry(), refusal: [] }).place.right).toBe(false);
  });

  it("compares titles with quotes and white space normalised, case kept", () => {
    const g = gold({ title: "Zelensky: “Satu Batalion” Hilang" });
    expect(scoreArticle({ gold: g, text: TEXT, entry: entry((e) => void (e.title = 'Zelensky:  "Satu Batalion" Hilang')), refusal: [] }).title.right).toBe(true);
    expect(scoreArticle({ gold: g, text: TEXT, entry: entry((e) => void (e.title = 'ZELENSKY: "SATU BATALION" HILANG')), refusal: [] }).title.right).toBe(false);
  });

  it("wants no headline claimed where the text has none", () => {
    expect(scoreArticle({ gold: gold({ title: null }), text: TEXT, entry: entry(), refusal: [] }).title.right).toBe(false);
    expect(scoreArticle({ gold: gold({ title: null }), text: TEXT, entry: entry((e) => void (e.titleBasis = "derived")), refusal: [] }).title.right).toBe(true);
  });

  it("collects the troop figures of an off-topic control", () => {
    const s = scoreArticle({ gold: gold({ on_topic: false, figures: [] }), text: TEXT, entry: entry(), refusal: [] });
    expect(s.offTopicTroops.map((f) => f.min)).toEqual([500]);
  });

  it("leaves figures unscored where the gold does not annotate them", () => {
    expect(scoreArticle({ gold: gold({ figures: null }), text: TEXT, entry: entry(), refusal: [] }).figures).toBeNull();
  });
});
