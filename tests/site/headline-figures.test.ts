import { describe, expect, it } from "vitest";
import { headlineFigures } from "../../src/site/headline-figures.ts";
import { makeEntry } from "./fixtures/make-entry.ts";

const entry = makeEntry({
  id: "a",
  paragraphs: [["NIS menyebut 2.700 terluka dan 300 tewas.", "Zelensky menyebut 300 tewas.", "Rusia kehilangan 45.100 tentara.", "Sekitar 11.000 tentara dikirim."]],
  figures: [
    { sentence: 0, text: "2.700", min: 2700, max: 2700, category: "wounded" },
    { sentence: 0, text: "300", min: 300, max: 300, category: "killed" },
    { sentence: 1, text: "300", min: 300, max: 300, category: "killed" },
    { sentence: 2, text: "45.100", min: 45100, max: 45100, category: "other" },
    { sentence: 3, text: "11.000", min: 11000, max: null, category: "deployed" },
  ],
});

describe("headlineFigures", () => {
  it("lists troop figures by category in the schema's order, not the text's", () =>
    expect(headlineFigures(entry).map((f) => f.label)).toEqual(["dikerahkan", "tewas", "luka"]));
  it("gives each distinct value of a category once", () =>
    expect(headlineFigures(entry).find((f) => f.category === "killed")?.values).toEqual(["300"]));
  it("leaves out figures that are not troop counts", () =>
    expect(headlineFigures(entry).some((f) => f.category === "other")).toBe(false));
  it("writes open bounds compactly", () => expect(headlineFigures(entry)[0]?.values).toEqual(["≥ 11.000"]));
  it("gives nothing for an entry without figures", () => expect(headlineFigures({ figures: [] })).toEqual([]));
});
