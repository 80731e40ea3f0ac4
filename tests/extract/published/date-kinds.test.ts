/**
 * The publication date of whole articles, one invented article for each
 * kind of page that was misdated: each is parsed as the build parses it
 * (reading, then placing with the other articles as context), and the
 * expected dates are worked out by hand from its text.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/extract/parse-article.ts";
import type { Entry } from "../../../src/schema/entry.ts";

const KINDS = path.join(import.meta.dirname, "fixtures", "kinds");

/** The entry of fixture `name`, dated with `others` as context; the messages of its files by rule. */
function parse(name: string, others: readonly Entry[] = []) {
  const { entry, files } = parseArticle({ name, bytes: readFileSync(path.join(KINDS, name)) }, others);
  return { entry: entry!, rules: files.flatMap((f) => f.messages.map((m) => `${m.ruleId}${m.fatal ? "!" : ""}`)) };
}
const published = (name: string, others: readonly Entry[] = []) => parse(name, others).entry.published;

/** A dated report of the same market beat: "Senin (12/2/2024)". */
const marketReport = () => parse("market-dated.txt").entry;

describe("a weekday with day and month but no year", () => {
  it("is not refused: its year is the first that fits the weekday after the text's own dates ('tahun anggaran 2016 – 2017', so Wednesday 18 April 2018)", () => {
    const { entry, rules } = parse("weekday-no-year.txt");
    expect(entry.published).toMatchObject({ date: "2018-04-18", basis: "statement", estimated: true, start: "2018-04-18", end: "2018-04-19" });
    expect(rules).toEqual(["date-estimated"]);
  });

  it("takes its year from the other articles when the text has none: Tuesday 31 October up to some months after them is 2023", () => {
    expect(published("weekday-no-year-at-all.txt")).toBeNull();
    expect(published("weekday-no-year-at-all.txt", [marketReport()])).toMatchObject({ date: "2023-10-31", basis: "statement", estimated: true });
  });

  it("wins over a coarser date the text names: 'Selasa (2/9)' after 'April 2025' is 2 September 2025, not April", () =>
    expect(published("coarse-over-weekday.txt")).toMatchObject({ date: "2025-09-02", estimated: true }));

  it("keeps its day when the year is mistyped: 'Kamis (15/07/22021)' is Thursday 15 July 2021", () => {
    expect(published("garbled-year.txt")).toBeNull();
    expect(published("garbled-year.txt", [marketReport()])).toMatchObject({ date: "2021-07-15", estimated: true });
  });
});

describe("a range of years", () => {
  it("is not the newest date: 'periode 2021-2026' stays behind 'Rabu (26/6/2024)'", () =>
    expect(published("year-range.txt")).toMatchObject({ date: "2024-06-26", basis: "dateline-sentence" }));

  it("counts by its first year, and a month to come counts for nothing: '2023/2024' and 'akan dibuka pada bulan Juli 2023' leave 20 June 2023", () =>
    expect(published("school-year.txt")).toMatchObject({ date: "2023-06-20", basis: "estimate", estimated: true }));
});

describe("a date to come", () => {
  it("is never the day of writing: not 'Mulai Selasa, 14 Juni 2022' nor 'Minggu (19/6/2022) mendatang', but the press conference 'Senin (13/6)'", () =>
    expect(published("future-date.txt")).toMatchObject({ date: "2022-06-13", basis: "statement", start: "2022-06-13", end: "2022-06-14" }));
});

describe("a page dated only by the news it reports", () => {
  it("is an estimate of that day or the next: the earthquake of 1 January 2024 was reported on the 1st or the 2nd", () =>
    expect(published("event-day.txt")).toMatchObject({ date: "2024-01-01", basis: "estimate", estimated: true, start: "2024-01-01", end: "2024-01-02" }));
});

describe("page chrome", () => {
  it("does not date the article with the site's date bar: the byline stamp under the headline does", () =>
    expect(published("today-bar.txt")).toMatchObject({ date: "2023-06-15T04:44", basis: "date-line", estimated: false }));

  it("sets a lone date bar aside when the article's own news is older, and reads the news's year back from it", () =>
    // Wednesday 14 June is 2023, the last such day up to 22 December 2025.
    expect(published("today-bar-alone.txt")).toMatchObject({ date: "2023-06-14", basis: "statement", estimated: true }));

  it("does not date the article with a teaser's date in a sidebar after its opening", () => {
    const { entry, rules } = parse("sidebar-date.txt");
    expect(entry.published).toBeNull();
    expect(entry.mentions).toEqual([]);
    expect(rules).toContain("no-date");
  });
});

describe("stamps in the forms sites print", () => {
  it("reads a byline in capitals with an empty reporter label", () =>
    expect(published("byline-capitals.txt")).toMatchObject({ date: "2018-03-07T21:40", basis: "date-line", estimated: false }));

  it("reads 'Posted by : Admin August 12, 2025'", () => expect(published("posted-by.txt")).toMatchObject({ date: "2025-08-12", basis: "date-line", estimated: false }));

  it("takes a 'Diposting' stamp over later dates in the text", () => expect(published("posted-stamp.txt")).toMatchObject({ date: "2024-06-03T10:00", estimated: false }));

  it("reads a date in the dateline as the article's", () => expect(published("dateline-date.txt")).toMatchObject({ date: "2025-06-18", basis: "date-line", estimated: false }));

  it("takes an age ('3 hari lalu') only as an estimate, counted back from the date the page shows", () =>
    expect(published("age-stamp.txt")).toMatchObject({ date: "2025-12-19", basis: "estimate", estimated: true }));
});

describe("a full date in the text", () => {
  it("is used rather than the year that holds it: 'Selasa (10/2/2026)', not 'tahun 2026'", () =>
    expect(published("full-date-unused.txt")).toMatchObject({ date: "2026-02-10", basis: "statement" }));
});

describe("a photo caption's date", () => {
  it("estimates an article whose text names no date: the caption's Friday 7 March 2025, that day or the next", () =>
    expect(published("caption-date-only.txt")).toMatchObject({ date: "2025-03-07", basis: "estimate", estimated: true, start: "2025-03-07", end: "2025-03-08", text: "Jumat (7/3/2025)" }));
});

describe("an article nothing dates", () => {
  it("is still made into an entry, undated, with a warning naming the front-matter key", () => {
    const { entry, rules } = parse("no-date.txt", [marketReport()]);
    expect(entry.published).toBeNull();
    expect(rules).toEqual(["no-date"]);
  });
});
