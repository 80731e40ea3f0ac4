/**
 * Properties of the date normaliser on arbitrary input: scanDates and
 * resolveDate never throw, every offset points at the expression's words,
 * and every resolved date is a real calendar span with start <= end.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DateExpression, ResolvedDate } from "../../../src/extract/dates/date-expression.ts";
import { resolveDate } from "../../../src/extract/dates/resolve-date.ts";
import { scanDates } from "../../../src/extract/dates/scan-dates.ts";
import { IsoValue, PRECISIONS } from "../../../src/schema/entry.ts";

/** Words and signs dates are made of, to build texts dense with near-dates. */
const TOKENS = [
  "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", "minggu", "pekan", "hari", "bulan", "tahun",
  "Januari", "Februari", "Pebruari", "Agt", "Ags", "Nopember", "Desember", "Dec", "February", "May", "Mei",
  "awal", "pertengahan", "akhir", "lalu", "ini", "depan", "kemarin", "yang", "silam", "se", "dua", "beberapa",
  "pada", "sejak", "hingga", "sampai", "s/d", "-", "–", ",", ".", "(", ")", "/", ":", "pukul", "WIB", "tentara", "bahwa", "akan",
  "0", "1", "5", "12", "29", "30", "31", "32", "99", "1.000", "10.000", "19.10", "16:59", "2024", "2025", "1899", "2101", "4/2/2025", "5/2", "31/2", "29/2",
];
const soup = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(" ", " ", "", "  ", "\n")), { maxLength: 60 })
  .map((parts) => parts.map(([t, s]) => t + s).join(""));

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  soup,
);

const isoDayOf = (d: Date): string => d.toISOString().slice(0, 10);
const reference = fc.oneof(
  fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => ({ date: isoDayOf(d) })),
  fc.string().map((date) => ({ date })),
  fc.constant(null),
);

/** True when `day` is a real YYYY-MM-DD date. */
function isRealDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.getUTCDate() === Number(m[3]) && d.getUTCMonth() + 1 === Number(m[2]);
}

/** Fail unless a resolved date is null or a valid span. */
function expectValid(r: ResolvedDate | null): void {
  if (r === null) return;
  expect(isRealDay(r.start), r.start).toBe(true);
  expect(isRealDay(r.end), r.end).toBe(true);
  expect(r.start <= r.end).toBe(true);
  expect(IsoValue.safeParse(r.iso).success, r.iso).toBe(true);
  expect(PRECISIONS).toContain(r.precision);
}

describe("scanDates and resolveDate on arbitrary text", () => {
  it("never throw, and every expression's offsets point at its words", () => {
    fc.assert(
      fc.property(anyText, reference, (text, ref) => {
        for (const e of scanDates(text)) {
          expect(text.slice(e.index, e.end)).toBe(e.text);
          expectValid(resolveDate(e, ref));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("resolve every scanned expression of date-dense text to a real span with start <= end", () => {
    fc.assert(
      fc.property(soup, reference, (text, ref) => {
        for (const e of scanDates(text)) expectValid(resolveDate(e, ref));
      }),
      { numRuns: 400 },
    );
  });
});

describe("resolveDate on arbitrary expressions", () => {
  const n = fc.oneof(fc.integer({ min: -5, max: 40 }), fc.integer(), fc.constant(Number.NaN), fc.double());
  const components = fc.record(
    {
      year: fc.oneof(fc.integer({ min: 900, max: 10_100 }), n),
      month: n,
      day: n,
      hour: n,
      minute: n,
      weekday: n,
      part: fc.constantFrom("early", "mid", "late"),
    },
    { requiredKeys: [] },
  );
  const expression = fc
    .record(
      {
        start: components,
        relative: fc.record({ unit: fc.constantFrom("day", "week", "weekend", "month", "year"), amount: n }),
        past: fc.boolean(),
        next: fc.boolean(),
        rangeEnd: components,
      },
      { requiredKeys: ["start"] },
    )
    .map(({ start, ...rest }) => ({ text: "x", index: 0, end: 1, flags: { weekday: false }, ...start, ...rest }) as DateExpression);

  it("never throws and never returns an invalid date", () => {
    fc.assert(
      fc.property(expression, reference, (e, ref) => {
        expectValid(resolveDate(e, ref));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("scanDates on a 200,000-character line", () => {
  it("completes and keeps its offsets right", () => {
    const line = fc.oneof(soup, fc.string({ unit: "binary", minLength: 1 })).filter((s) => s.length > 0);
    fc.assert(
      fc.property(line, (piece) => {
        const text = piece.repeat(Math.ceil(200_000 / piece.length)).slice(0, 200_000);
        for (const e of scanDates(text)) expect(text.slice(e.index, e.end)).toBe(e.text);
      }),
      { numRuns: 4 },
    );
  });
});
