import { describe, expect, it } from "vitest";
import { describeEntry } from "../../src/editor/describe-entry.ts";
import { makeEntry } from "../site/fixtures/make-entry.ts";

const topic = { onTopic: true, name: "pasukan Korea Utara di Kursk" };
const entry = (outlet: string | null, known: boolean | null, basis: "dateline" | "front-matter" = "dateline") => {
  const e = makeEntry({ id: "a", outlet, paragraphs: [["Korea Utara mengirim 1.000 tentara ke Kursk."]] });
  return { ...e, source: { ...e.source, outletKnown: known, outletBasis: outlet === null ? null : basis } };
};
const outletWarnings = (w: string[]) => w.filter((x) => x.includes("outlet"));

describe("describeEntry", () => {
  it("warns that an outlet the lexicon does not know is given as the page writes it", () => {
    expect(outletWarnings(describeEntry(entry("Harian Flores", false), topic).warnings)).toEqual([
      'outlet "Harian Flores" is not in src/lexicon/outlets.yaml: it is given as the page writes it; add it there (or outlet: to the front matter) to give it its proper name',
    ]);
  });
  it("says nothing of a known outlet or of one the editor wrote, and asks for a missing one", () => {
    expect(outletWarnings(describeEntry(entry("Antara", true), topic).warnings)).toEqual([]);
    expect(outletWarnings(describeEntry(entry("Harian Flores", false, "front-matter"), topic).warnings)).toEqual([]);
    expect(outletWarnings(describeEntry(entry(null, null), topic).warnings)).toEqual(["outlet unknown: add outlet: to the front matter, or --outlet"]);
  });
});
