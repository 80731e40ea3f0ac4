import { describe, expect, it } from "vitest";
import { newestOwnDate, textYears } from "../../../src/extract/published/newest-own-date.ts";
import { dated, layOut } from "./fixtures/sentences.ts";

const text = layOut([
  "Dana desa tahun anggaran 2016 – 2017 diselewengkan sejak Maret 2017.",
  "Pendaftaran akan dibuka pada Juli 2018.",
  "NIS bicara kemarin.",
]);
const found = [
  dated(text, 0, "2016 – 2017", { year: 2016, rangeEnd: { year: 2017 } }),
  dated(text, 0, "Maret 2017", { year: 2017, month: 3 }),
  dated(text, 1, "Juli 2018", { year: 2018, month: 7, future: true }),
  dated(text, 2, "kemarin", { relative: { unit: "day", amount: -1 } }),
];

describe("newestOwnDate", () => {
  it("takes the latest first day, passing over dates to come and dates counted from the article's day", () =>
    expect(newestOwnDate(found)).toMatchObject({ found: { expr: { text: "Maret 2017" } }, span: { date: "2017-03", start: "2017-03-01" } }));

  it("counts a range of years by its first year", () =>
    expect(newestOwnDate(found.slice(0, 1))).toMatchObject({ span: { date: "2016", precision: "year", start: "2016-01-01" } }));

  it("gives nothing when the text has no date of its own", () => expect(newestOwnDate(found.slice(2))).toBeNull());
});

describe("textYears", () => {
  it("says from when the article is and whether that is a whole day", () => {
    expect(textYears(found)).toEqual({ after: "2017-03-01", afterIsDay: false });
    const day = layOut(["Rapat digelar Selasa (4/2/2025)."]);
    expect(textYears([dated(day, 0, "Selasa (4/2/2025)", { year: 2025, month: 2, day: 4, weekday: 2 })])).toEqual({ after: "2025-02-04", afterIsDay: true });
    expect(textYears([])).toEqual({ after: null, afterIsDay: false });
  });
});
