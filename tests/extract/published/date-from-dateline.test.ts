import { describe, expect, it } from "vitest";
import { dateFromDateline } from "../../../src/extract/published/date-from-dateline.ts";
import { scanDates } from "../../../src/extract/dates/index.ts";
import { layOut } from "./fixtures/sentences.ts";

/** The dateline date of an article made of `texts`, their dates scanned. */
function datelineDate(texts: string[]) {
  const sentences = layOut(texts);
  return dateFromDateline(sentences, sentences.flatMap((s, sentence) => scanDates(s.text).map((expr) => ({ expr, sentence }))));
}

describe("dateFromDateline", () => {
  it("takes the full date that closes a dateline, before its dash", () => {
    expect(datelineDate(["Portal Berita Kita.", "Seoul, Korea Selatan 18 Juni 2025 — Korea Utara akan mengirim pekerja ke Kursk pada Selasa (17/6)."])).toEqual({
      date: "2025-06-18",
      precision: "day",
      basis: "date-line",
      estimated: false,
      text: "18 Juni 2025",
      reason: "the dateline's date: Seoul, Korea Selatan 18 Juni 2025 —",
      start: "2025-06-18",
      end: "2025-06-18",
    });
  });

  it("reads a numeric date in a dateline", () => {
    expect(datelineDate(["JAKARTA, 5/3/2025 - Harga beras naik lagi."])).toMatchObject({ date: "2025-03-05" });
  });

  it("passes over a date inside a sentence, a dateline date without a year, and a month", () => {
    expect(datelineDate(["Harga naik pada 5 Maret 2025 - kata pedagang."])).toBeNull();
    expect(datelineDate(["Kubu Raya, 12/08/3025 – Jalan itu berlumpur."])).toBeNull();
    expect(datelineDate(["Jakarta, Maret 2025 – Harga naik."])).toBeNull();
  });
});
