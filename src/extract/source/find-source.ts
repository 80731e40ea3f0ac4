/**
 * Finds who published an article and who wrote it, from the article's own
 * lines: the dateline of the body, the byline, credit and footer lines
 * cleaning removed, the site name in the page's header, and the URL when
 * there is one. An outlet the lexicon does not know is given as written
 * (`outletKnown` false). Nothing is guessed: when no line names the outlet
 * and there is no URL, the outlet is null.
 */
import type { Line, RemovedLine } from "../clean/line.ts";
import { findByline, type DateLine } from "./find-byline.ts";
import { findDateline } from "./find-dateline.ts";
import { outletFromHeader } from "./outlet-from-header.ts";
import { outletFromLines } from "./outlet-from-lines.ts";
import { outletFromText } from "./outlet-from-text.ts";
import { outletFromUrl } from "./outlet-from-url.ts";
import { isOutletName, loadOutlets } from "./outlets-lexicon.ts";
import { domainNames } from "./brand-shape.ts";

export interface SourceOptions {
  url?: string | null;
}

export interface FoundSource {
  /** Canonical outlet name (`src/lexicon/outlets.yaml`), an unknown brand or host as written, or null. */
  outlet: string | null;
  /** True when the outlet is one of `src/lexicon/outlets.yaml`; false for a brand or host given as written; null without an outlet. */
  outletKnown: boolean | null;
  /** What named the outlet; the dateline wins over a byline, the page's header, a footer, the text's own reporting words ("Pantauan …") and the URL, in that order. */
  outletBasis: "dateline" | "byline" | "header" | "footer" | "text" | "url" | null;
  /** The dateline as written ("Liputan6.com, Seoul -"). */
  dateline: string | null;
  datelinePlace: string | null;
  /** Where the body text starts after the dateline (line number, offset in the kept line's text). */
  datelineEnd: { line: number; offset: number } | null;
  author: string | null;
  editor: string | null;
  /** The first byline or date line carrying the publication date (not parsed here). */
  dateLine: DateLine | null;
  /** Every byline or date line carrying a date stamp, in file order. */
  dateLines: DateLine[];
}

/**
 * Outlet, dateline, author, editor and date line of an article.
 *
 * @example
 * findSource(
 *   [{ text: "Seoul: Pada Kamis, 27 Februari 2025, NIS mengungkapkan hal itu.", line: 9 }],
 *   [
 *     { text: "Riza Aslam Khaeron • 27 February 2025 16:59", rule: "byline-dot-date", line: 7 },
 *     { text: "Google News Metrotvnews.com", rule: "google-news-line", line: 44 },
 *     { text: "(Surya Perkasa)", rule: "editor-credit", line: 46 },
 *   ],
 * )
 * //=> { outlet: "Metrotvnews.com", outletBasis: "footer", outletKnown: true, dateline: "Seoul:", datelinePlace: "Seoul",
 * //     datelineEnd: { line: 9, offset: 7 }, author: "Riza Aslam Khaeron", editor: "Surya Perkasa",
 * //     dateLine: { text: "Riza Aslam Khaeron • 27 February 2025 16:59", line: 7, rule: "byline-dot-date" } }
 */
export function findSource(kept: readonly Line[], removed: readonly RemovedLine[], options: SourceOptions = {}): FoundSource {
  const header = outletFromHeader(removed ?? [], (kept ?? []).map((k) => String(k.text ?? "")));
  const fromLines = outletFromLines(removed ?? []);
  // Names the page gives itself elsewhere tell its brand from its place in a dateline ("Kota Bima, Kabar Bima –").
  const pageBrands = [header?.name, fromLines?.known === false ? fromLines.outlet : undefined].filter((n): n is string => n !== undefined);
  const pageDomains = domainNames([...(removed ?? []), ...(kept ?? [])].map((l) => String(l.text ?? "")), loadOutlets());
  const dateline = findDateline(kept ?? [], { pageBrands, pageDomains });
  const byline = findByline(removed ?? []);
  let outlet: string | null = dateline?.outlet ?? null;
  let outletBasis: FoundSource["outletBasis"] = outlet === null ? null : "dateline";
  let outletKnown: boolean | null = outlet === null ? null : dateline!.known;
  if (outlet === null) {
    const found = fromLines?.basis === "byline" ? fromLines : header !== null ? { ...header, basis: "header" as const } : fromLines;
    if (found !== null) ({ outlet, basis: outletBasis, known: outletKnown } = found);
  }
  if (outlet === null) {
    const fromText = outletFromText((kept ?? []).map((k) => String(k.text ?? "")));
    if (fromText !== null) {
      ({ outlet, known: outletKnown } = fromText);
      outletBasis = "text";
    }
  }
  if (outlet === null) {
    outlet = outletFromUrl(options.url);
    outletBasis = outlet === null ? null : "url";
    outletKnown = outlet === null ? null : isOutletName(outlet);
  }
  return {
    outlet,
    outletBasis,
    outletKnown,
    dateline: dateline?.text ?? null,
    datelinePlace: dateline?.place ?? null,
    datelineEnd: dateline?.end ?? null,
    author: byline.author,
    editor: byline.editor,
    dateLine: byline.dateLine,
    dateLines: byline.dateLines,
  };
}
