import { describe, expect, it } from "vitest";
import { chooseStamp } from "../../../src/extract/published/choose-stamp.ts";

const line = (text: string, at: number, rule = "date-line") => ({ text, line: at, rule });
const noNews = { newsDay: () => null, newestEnd: null };

describe("chooseStamp", () => {
  it("takes the article's own stamp under the headline over the site's date bar above it", () => {
    // Line 1: the bar with today's date; line 3: the headline; line 5: the article's byline stamp; line 9: its dateline.
    const choice = chooseStamp([line("Senin, 22 Desember 2025", 1), line("- Kamis, 15 Juni 2023 | 04:44 WIB", 5)], { headline: 3, lead: 9 }, noNews);
    expect(choice).toMatchObject({ published: { date: "2023-06-15T04:44", basis: "date-line", estimated: false }, stamp: { line: 5 } });
    expect(choice.published?.reason).toContain('"Senin, 22 Desember 2025" (line 1) is passed over for it');
  });

  it("sets aside a lone bare date the article's own news contradicts: it is the date the page was shown, and bounds the article", () => {
    const choice = chooseStamp([line("Senin, 22 Desember 2025", 1)], { headline: 3, lead: 5 }, { newsDay: () => "2023-06-14", newestEnd: null });
    expect(choice).toMatchObject({ published: null, stamp: null, shownOn: "2025-12-22" });
  });

  it("sets aside a lone bare date above the headline more than a month after every date the text names", () => {
    expect(chooseStamp([line("Senin, 22 Desember 2025", 1)], { headline: 3, lead: 5 }, { newsDay: () => null, newestEnd: "2023-12-31" })).toMatchObject({ published: null, shownOn: "2025-12-22" });
    // Under the headline it is the article's own date line.
    expect(chooseStamp([line("Senin, 22 Desember 2025", 4)], { headline: 3, lead: 5 }, { newsDay: () => null, newestEnd: "2023-12-31" }).published).toMatchObject({ date: "2025-12-22" });
  });

  it("keeps a lone bare date the article's news agrees with", () => {
    expect(chooseStamp([line("Selasa, Februari 10, 2026", 2)], { headline: 4, lead: 6 }, { newsDay: () => "2026-02-10", newestEnd: "2026-12-31" }).published).toMatchObject({ date: "2026-02-10" });
    expect(chooseStamp([line("Kamis, 30 Maret 2023", 7)], { headline: 1, lead: 9 }, noNews).published).toMatchObject({ date: "2023-03-30" });
  });

  it("sets aside a bare date after the article's opening: another story's, in a teaser or a sidebar", () => {
    const choice = chooseStamp([line("6 Desember 2025", 77)], { headline: null, lead: 65 }, noNews);
    expect(choice).toMatchObject({ published: null, shownOn: null });
  });

  it("keeps a labelled stamp wherever it stands", () => {
    expect(chooseStamp([line("Diterbitkan 22 Nov 2018, 14:36 WIB", 30, "date-line-published")], { headline: 1, lead: 8 }, noNews).published).toMatchObject({ date: "2018-11-22T14:36" });
  });

  it("prefers the publication stamp to the update stamp, whatever their order", () => {
    const choice = chooseStamp(
      [line("Diperbarui: Jumat, 16 Juni 2023 08:00 WIB", 4, "date-line-updated"), line("Diterbitkan: Kamis, 15 Juni 2023 10:00 WIB", 5, "date-line-published")],
      { headline: 1, lead: 9 },
      noNews,
    );
    expect(choice.published).toMatchObject({ date: "2023-06-15T10:00", reason: expect.stringMatching(/is an update/u) });
  });

  it("dates by an update stamp when it is the only one", () => {
    expect(chooseStamp([line("Last updated: 12 Januari 2025 10:50 am", 42, "date-line-updated")], { headline: 39, lead: 47 }, noNews).published).toMatchObject({ date: "2025-01-12T10:50" });
  });

  it("takes a stamp with a time before one without, then the earliest", () => {
    expect(chooseStamp([line("5 Maret 2025", 2), line("Rabu, 5 Maret 2025 10:15 WIB", 3)], { headline: null, lead: 9 }, noNews).stamp?.line).toBe(3);
    expect(chooseStamp([line("6 Maret 2025", 2), line("5 Maret 2025", 3)], { headline: null, lead: 9 }, noNews).stamp?.line).toBe(3);
  });

  it("keeps a stamp that gives only the article's age apart, and takes the page's bare date for the day it was shown", () => {
    const choice = chooseStamp([line("Senin, 22 Desember 2025", 1), line("2 jam lalu", 4, "date-line-relative")], { headline: 3, lead: 6 }, noNews);
    expect(choice).toMatchObject({ published: null, shownOn: "2025-12-22", relative: { text: "2 jam lalu" } });
  });

  it("gives nothing without a stamp that writes a full date", () => {
    expect(chooseStamp([line("Riza Aslam Khaeron", 7, "byline-author-label")], { headline: null, lead: null }, noNews)).toEqual({ published: null, stamp: null, shownOn: null, relative: null });
  });
});
