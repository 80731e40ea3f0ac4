import { describe, expect, it } from "vitest";
import { describeEntry, formatSummary } from "../../src/editor/describe-entry.ts";
import { makeEntry } from "../site/fixtures/make-entry.ts";

const topic = { onTopic: true, name: "Pasukan Korea Utara di Kursk" };
const entry = (published: Parameters<typeof makeEntry>[0]["published"]) => makeEntry({ id: "a", outlet: "Antara", published, paragraphs: [["Satu kalimat."]] });
const outletEntry = (outlet: string | null, known: boolean | null, basis: "dateline" | "front-matter" = "dateline") => {
  const e = makeEntry({ id: "a", outlet, paragraphs: [["Korea Utara mengirim 1.000 tentara ke Kursk."]] });
  return { ...e, source: { ...e.source, outletKnown: known, outletBasis: outlet === null ? null : basis } };
};
const outletWarnings = (w: string[]) => w.filter((x) => x.includes("outlet"));

describe("describeEntry", () => {
  it("warns that an estimated date is an estimate", () =>
    expect(describeEntry(entry({ date: "2025-04", precision: "month", start: "2025-04-01", end: "2025-04-30", estimated: true }), topic).warnings).toContain(
      "date is estimated (2025-04): add published: to the front matter if you know it",
    ));

  it("warns that an undated article is listed apart, and shows it undated", () => {
    const summary = describeEntry(entry(null), topic);
    expect(summary.warnings[0]).toBe("undated: nothing in the text dates it, so it is listed apart (Tanpa tanggal); add published: to the front matter, or --published");
    expect(formatSummary(summary).split("\n")).toContain("  published none (undated)");
  });

  it("warns that an outlet the lexicon does not know is given as the page writes it", () => {
    expect(outletWarnings(describeEntry(outletEntry("Harian Flores", false), topic).warnings)).toEqual([
      'outlet "Harian Flores" is not in src/lexicon/outlets.yaml: it is given as the page writes it; add it there (or outlet: to the front matter) to give it its proper name',
    ]);
  });

  it("says nothing of a known outlet or of one the editor wrote, and asks for a missing one", () => {
    expect(outletWarnings(describeEntry(outletEntry("Antara", true), topic).warnings)).toEqual([]);
    expect(outletWarnings(describeEntry(outletEntry("Harian Flores", false, "front-matter"), topic).warnings)).toEqual([]);
    expect(outletWarnings(describeEntry(outletEntry(null, null), topic).warnings)).toEqual(["outlet unknown: add outlet: to the front matter, or --outlet"]);
  });
});
