import { describe, expect, it } from "vitest";
import { describeEntry, formatSummary } from "../../src/editor/describe-entry.ts";
import { makeEntry } from "../site/fixtures/make-entry.ts";

const topic = { onTopic: true, name: "Pasukan Korea Utara di Kursk" };
const entry = (published: Parameters<typeof makeEntry>[0]["published"]) => makeEntry({ id: "a", outlet: "Antara", published, paragraphs: [["Satu kalimat."]] });

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
});
