import { describe, expect, it } from "vitest";
import { buildEntryView } from "../../src/site/entry-view.ts";
import { buildTimeline, HOME_SIZE, PAGE_SIZE } from "../../src/site/timeline-pages.ts";
import { makeEntry } from "./fixtures/make-entry.ts";

const links = { claimant: (id: string) => `/sumber/${id}/`, outlet: () => "/media/x/" };
/** `counts[i]` reports in month i of 2025, oldest first. */
function viewsFor(counts: number[]) {
  return counts.flatMap((n, m) =>
    Array.from({ length: n }, (_, i) => {
      const date = `2025-${String(m + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
      return buildEntryView(makeEntry({ id: `m${m}-${i}`, published: { date }, paragraphs: [["Satu kalimat."]] }), links);
    }),
  );
}

describe("buildTimeline", () => {
  it("makes one page per month at /linimasa/YYYY/MM/", () => {
    const timeline = buildTimeline(viewsFor([2, 0, 1]));
    expect(timeline.pages.map((p) => [p.url, p.label, p.entries.length])).toEqual([
      ["/linimasa/2025/01/", "Januari 2025", 2],
      ["/linimasa/2025/03/", "Maret 2025", 1],
    ]);
  });

  it("splits a long month into parts of at most PAGE_SIZE reports", () => {
    const timeline = buildTimeline(viewsFor([PAGE_SIZE * 2 + 5]));
    expect(timeline.pages.map((p) => [p.url, p.entries.length])).toEqual([
      ["/linimasa/2025/01/", PAGE_SIZE],
      ["/linimasa/2025/01/2/", PAGE_SIZE],
      ["/linimasa/2025/01/3/", 5],
    ]);
    expect(timeline.pages[1]!.title).toBe("Laporan Januari 2025 (bagian 2 dari 3)");
    expect(timeline.months).toEqual([{ key: "2025-01", label: "Januari 2025", url: "/linimasa/2025/01/", count: PAGE_SIZE * 2 + 5 }]);
  });

  it("shows every month on the home page when there are few reports", () => {
    const home = buildTimeline(viewsFor([1, 2, 2])).home;
    expect(home.all).toBe(true);
    expect(home.groups.map((g) => g.key)).toEqual(["2025-01", "2025-02", "2025-03"]);
  });

  it("shows only the newest whole months on the home page when there are many, oldest of them first", () => {
    const home = buildTimeline(viewsFor([40, 30, 25])).home;
    expect(home.all).toBe(false);
    expect(home.groups.map((g) => [g.key, g.entries.length, g.complete])).toEqual([
      ["2025-02", 30, true],
      ["2025-03", 25, true],
    ]);
  });

  it("shows the newest reports of a month too long for the home page, and says it is incomplete", () => {
    const views = viewsFor([HOME_SIZE + 10]);
    const home = buildTimeline(views).home;
    expect(home.groups).toHaveLength(1);
    expect(home.groups[0]!.entries).toEqual(views.slice(-HOME_SIZE));
    expect(home.groups[0]!.complete).toBe(false);
  });

  it("puts every report on exactly one timeline page", () => {
    const views = viewsFor([150, 3, 0, 220]);
    const ids = buildTimeline(views).pages.flatMap((p) => p.entries.map((e) => e.id));
    expect(ids).toEqual(views.map((v) => v.id));
  });

  it("lists undated reports apart, on their own page after the months, and on the home page below them", () => {
    const undated = ["u1", "u2"].map((id) => buildEntryView(makeEntry({ id, published: null, paragraphs: [["Tanpa tanggal."]] }), links));
    const timeline = buildTimeline([...viewsFor([1, 1]), ...undated]);
    expect(timeline.months.map((m) => m.key)).toEqual(["2025-01", "2025-02"]);
    expect(timeline.undated).toEqual({ key: "tanpa-tanggal", label: "Tanpa tanggal", url: "/linimasa/tanpa-tanggal/", count: 2 });
    expect(timeline.pages.map((p) => [p.url, p.entries.map((e) => e.id)])).toEqual([
      ["/linimasa/2025/01/", ["m0-0"]],
      ["/linimasa/2025/02/", ["m1-0"]],
      ["/linimasa/tanpa-tanggal/", ["u1", "u2"]],
    ]);
    expect(timeline.pages[2]!.title).toBe("Laporan tanpa tanggal");
    expect(timeline.home.all).toBe(true);
    expect(timeline.home.groups.map((g) => g.key)).toEqual(["2025-01", "2025-02"]);
    expect(timeline.home.undated).toMatchObject({ url: "/linimasa/tanpa-tanggal/", complete: true });
    expect(timeline.home.undated!.entries.map((e) => e.id)).toEqual(["u1", "u2"]);
  });

  it("has no undated listing when every report is dated", () => {
    const timeline = buildTimeline(viewsFor([1]));
    expect([timeline.undated, timeline.home.undated]).toEqual([null, null]);
  });
});
