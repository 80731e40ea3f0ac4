/**
 * When neither a stamp, the address nor the text dates an article: an
 * estimate from the newest full date its photo captions name ("Warga
 * menunggu pembagian air, Selasa (18/3/2025). ANTARA FOTO/…"). A picture is
 * of the news or older, so the article is from that day or later; other
 * articles may narrow it further when it is placed.
 */
import type { Published } from "../../schema/entry.ts";
import type { DateExpression } from "../dates/index.ts";
import { estimateFromText } from "./estimate-from-text.ts";

/** A caption the cleaning removed, with the date expressions it holds. */
export interface CaptionDates {
  text: string;
  /** Offset of the caption in the file. */
  offset: number;
  dates: readonly DateExpression[];
}

/**
 * @example
 * estimateFromCaptions([{ text: "Warga menunggu air bersih, Selasa (18/3/2025). ANTARA FOTO/Kornel", offset: 0, dates: scanDates("… Selasa (18/3/2025) …") }])
 * //=> { date: "2025-03-18", precision: "day", basis: "estimate", estimated: true, text: "Selasa (18/3/2025)", start: "2025-03-18", end: "2025-03-19",
 * //     reason: "the newest date a photo caption names (the text names none); the article is from then or later, most likely that day or the next: Warga …" }
 */
export function estimateFromCaptions(captions: readonly CaptionDates[]): Published | null {
  const refs = captions.map((c) => ({ text: c.text, offset: c.offset }));
  const found = captions.flatMap((c, sentence) => c.dates.map((expr) => ({ expr, sentence })));
  return estimateFromText(refs, found, "a photo caption names (the text names none)");
}
