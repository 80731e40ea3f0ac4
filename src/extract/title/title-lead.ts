/**
 * The words a derived title is made from, for an article whose text gives
 * no headline: its first paragraph after the dateline. A dateline standing
 * alone on its line ("Ambon, warta.co.id", "Jakarta, CNN Indonesia –")
 * gives the next paragraph; short lines of page chrome above the first
 * paragraph ("Bagikan:", a section label) are passed over.
 */
import { loadBoilerplate } from "../clean/boilerplate-lexicon.ts";
import { isParagraph } from "../clean/find-headline.ts";
import { normalizeSpaces } from "../clean/text-shape.ts";

export interface TitleLead {
  text: string;
  /** True when the dateline has been taken off the text. */
  withoutDateline: boolean;
}

/**
 * @example
 * titleLead(["Ambon, warta.co.id", "Rapat paripurna digelar di ruang sidang."], "Ambon, warta.co.id")
 * //=> { text: "Rapat paripurna digelar di ruang sidang.", withoutDateline: true }
 */
export function titleLead(paragraphs: readonly string[], dateline: string | null): TitleLead {
  // The words as written (no-break spaces kept); spaces are normalised only to find the dateline.
  const texts = paragraphs.slice(0, 60).map((p) => String(p ?? "").trim());
  if (dateline) {
    const d = normalizeSpaces(dateline).trim();
    const at = texts.findIndex((t) => normalizeSpaces(t).includes(d));
    if (at >= 0) {
      const rest = texts[at]!.slice(normalizeSpaces(texts[at]!).indexOf(d) + d.length).trim();
      const text = rest !== "" ? rest : (texts[at + 1] ?? "");
      if (text !== "") return { text, withoutDateline: true };
    }
  }
  const { shapes } = loadBoilerplate();
  return { text: texts.find((t) => isParagraph(t, shapes)) ?? texts[0] ?? "", withoutDateline: false };
}
