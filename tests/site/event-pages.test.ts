import { describe, expect, it } from "vitest";
import type { Event } from "../../src/schema/digest.ts";
import { buildEventPages } from "../../src/site/event-pages.ts";

const event = (id: string, iso: string, precision: Event["precision"], start: string, mentions = 1): Event => ({
  id,
  iso,
  precision,
  start,
  end: start,
  text: `Kalimat ${id}.`,
  mentions: Array.from({ length: mentions }, (_, i) => ({ entry: `e${i}`, entryTitle: `Laporan ${i}`, outlet: i % 2 ? null : "Liputan6.com", words: iso, sentence: "…" })),
});

describe("buildEventPages", () => {
  const events = [event("p1", "2024-08", "month", "2024-08-01", 2), event("p2", "2025-01", "mid-month", "2025-01-11"), event("p3", "2025-02-27/2025-03-05", "week", "2025-02-27")];
  const pages = buildEventPages(events, (id) => `/artikel/${id}/`);

  it("groups events by the year they happened, one page per year", () =>
    expect(pages.pages.map((p) => [p.url, p.events.map((e) => e.id)])).toEqual([
      ["/peristiwa/2024/", ["p1"]],
      ["/peristiwa/2025/", ["p2", "p3"]],
    ]));

  it("writes each event's date at its precision", () =>
    expect(pages.pages[1]!.events.map((e) => [e.dateLabel, e.iso])).toEqual([
      ["pertengahan Januari 2025", "2025-01"],
      ["pekan 27 Februari–5 Maret 2025", "2025-02-27"],
    ]));

  it("links each event to the reports that mention it, naming unknown outlets", () =>
    expect(pages.pages[0]!.events[0]!.mentions.map((m) => [m.url, m.outlet])).toEqual([
      ["/artikel/e0/", "Liputan6.com"],
      ["/artikel/e1/", "Media tidak diketahui"],
    ]));

  it("lists every event on the index page when there are few", () =>
    expect(pages.inline?.map((g) => [g.year, g.events.length])).toEqual([["2024", 1], ["2025", 2]]));

  it("lists only the years on the index page when there are many", () => {
    const many = Array.from({ length: 250 }, (_, i) => event(`q${i}`, "2025-01", "month", "2025-01-01"));
    const result = buildEventPages(many, (id) => `/artikel/${id}/`);
    expect(result.inline).toBeNull();
    expect(result.years).toEqual([{ year: "2025", url: "/peristiwa/2025/", count: 250 }]);
    expect(result.pages.map((p) => p.url)).toEqual(["/peristiwa/2025/", "/peristiwa/2025/2/"]);
  });

  it("shows a dozen reports of a much-told event and counts the rest", () => {
    const told = buildEventPages([event("x", "2025", "year", "2025-01-01", 20)], (id) => `/artikel/${id}/`).pages[0]!.events[0]!;
    expect([told.mentions.length, told.more]).toEqual([12, 8]);
  });
});
