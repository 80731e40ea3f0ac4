/**
 * The shapes that flow through text cleaning: a line of the article body as
 * the caller hands it over, a line (or part of one) that cleaning dropped, and
 * the result of cleaning.
 */

/** One non-empty line of the article body, with its 1-based line number in the file. */
export interface Line {
  text: string;
  line: number;
}

/**
 * Text that cleaning dropped and the id of the rule that dropped it. The id is
 * a rule id from `src/lexicon/boilerplate.yaml`, or one of the structural ids
 * `repeated-title`, `page-header`, `title-site-name`, `blank-line` and `replaced-headline` (see `STRUCTURAL_RULES`).
 */
export interface RemovedLine {
  text: string;
  rule: string;
  line: number;
}

/** What `cleanLines` returns. */
export interface CleanResult {
  /** Article lines, in order; a line whose trailing credit was stripped holds the shortened text. */
  kept: Line[];
  /** Dropped lines and stripped suffixes, in order of appearance. */
  removed: RemovedLine[];
  /**
   * The headline standing above the body, or null. It is neither in `kept`
   * nor in `removed`: it is the article's title, not boilerplate.
   */
  headline: Line | null;
  /** Indexes into `kept` of lines that are subheadings inside the body. */
  subheadings: number[];
}

/** Rule ids that come from the structure of the text rather than from the lexicon. */
export const STRUCTURAL_RULES = {
  /** A line equal to the headline or the front-matter title. */
  repeatedTitle: "repeated-title",
  /** A line of the page's header above the headline: site name, navigation, a section label, a breadcrumb. */
  pageHeader: "page-header",
  /** The site's name after the headline of a window title ("… | Kalbar Today"): the headline is the words before it. */
  titleSiteName: "title-site-name",
  /** A line holding only whitespace or invisible characters. */
  blankLine: "blank-line",
  /** The headline of the text when the front matter gives another title (recorded when the entry is assembled). */
  replacedHeadline: "replaced-headline",
} as const;
