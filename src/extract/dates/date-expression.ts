/**
 * The shapes the date normaliser works with: a date expression as the text
 * writes it (`DateExpression`, found by `scanDates` without any reference
 * date) and the same expression placed on the calendar (`ResolvedDate`, made
 * by `resolveDate` against the article's own date).
 */
import type { Mention } from "../../schema/entry.ts";

/** Early, middle or late part of a month or a year ("awal", "pertengahan", "akhir"). */
export type DatePart = "early" | "mid" | "late";

/** The unit a relative expression counts in. `weekend` is "akhir pekan" (Saturday–Sunday). */
export type RelativeUnit = "day" | "week" | "weekend" | "month" | "year";

/** Calendar components as written; a component is present only when the text states it. */
export interface DateComponents {
  year?: number;
  /** 1–12. */
  month?: number;
  /** 1–31. */
  day?: number;
  /** 0–23. */
  hour?: number;
  /** 0–59. */
  minute?: number;
  /** 0 (Sunday, "Minggu") to 6 (Saturday, "Sabtu"). */
  weekday?: number;
  /** Part of the finest unit given (month if there is one, else year). */
  part?: DatePart;
}

/** A shift from the article's date: "tahun lalu" is `{ unit: "year", amount: -1 }`, "tahun ini" amount 0. */
export interface RelativeShift {
  unit: RelativeUnit;
  amount: number;
}

/** A date expression found in a text, with only what the words say. */
export interface DateExpression extends DateComponents {
  /** The words that carry the date, exactly as in the input ("Selasa (4/2/2025)"). */
  text: string;
  /** Offset of `text` in the input. */
  index: number;
  /** Offset just after `text` in the input. */
  end: number;
  /** Set for words counted from the article's date ("kemarin", "pekan lalu", "dua tahun lalu"). */
  relative?: RelativeShift;
  /** "lalu"/"silam"/"kemarin" after a month, date or weekday: a past one ("Agustus lalu", "Senin lalu"). */
  past?: boolean;
  /** "depan"/"mendatang" after a weekday: the next one ("Senin depan"). */
  next?: boolean;
  /**
   * The words put it in the future of the writing ("Mulai Selasa, 14 Juni
   * 2022", "akan … pada Sabtu (17/5/2025)", "Kamis (1/2/2024) mendatang"): never
   * the day of writing; without a year, the next such day or month.
   */
  future?: boolean;
  /** The other end of a range ("Januari hingga Februari 2025", "7-12 Maret", "2025–2029"). */
  rangeEnd?: DateComponents;
  flags: {
    /** The text names a weekday ("Rabu (5/2)", "pada Kamis"). */
    weekday: boolean;
  };
}

/** A date expression placed on the calendar: the date fields of a `Mention`. */
export type ResolvedDate = Pick<
  Mention,
  "iso" | "precision" | "start" | "end" | "inferred" | "relative" | "weekday"
>;

/** The article's own date, `YYYY-MM-DD`, that partial dates are resolved against. */
export interface DateReference {
  date: string;
}
