/**
 * What reading an article gives: everything that does not depend on its
 * publication date. A reading is plain data, cached per file, and placed
 * against a publication date to become an entry (`src/extract/place/`).
 */
import type { FrontMatter } from "../../ingest/front-matter.ts";
import type { Paragraph, Place, Published, Removed, Source } from "../../schema/entry.ts";
import type { Attribution } from "../claims/index.ts";
import type { DateExpression } from "../dates/index.ts";
import type { DraftFigure } from "../figures/draft-figure.ts";
import type { ArticleRelays } from "../provenance/article-relays.ts";

/** One sentence as read. */
export interface ReadSentence {
  text: string;
  /** Index into `paragraphs`. */
  paragraph: number;
  place: Place;
  /** Its date expressions, not yet on the calendar. */
  dates: DateExpression[];
  /** Who speaks it. */
  attribution: Attribution;
  /** Whether it is a claim worth listing. */
  claim: boolean;
}

export interface Reading {
  /** Who the file is: its URL slug, its name in the seeds folder and the hash of its bytes. */
  article: { id: string; name: string; hash: string };
  frontMatter: FrontMatter;
  headline: { text: string; line: number } | null;
  paragraphs: Paragraph[];
  /** Lines and parts of lines that are not the article, in file order. */
  removed: Removed[];
  sentences: ReadSentence[];
  /** Date expressions of removed lines that still date the article (byline, date line, caption). */
  lineDates: { dates: DateExpression[]; place: Place }[];
  source: Source;
  /** The date the article gives itself, or null when its text names none. */
  ownDate: Published | null;
  /** Counts of people, headline first; their time is settled when placed. */
  figures: DraftFigure[];
  /** The agencies and outlets each sentence's statement came through, and the article's own credit. */
  relays: ArticleRelays;
}
