/**
 * Why a web page could not be added: one line saying what happened and what
 * to do, with the exit code the command ends with.
 */

/** What went wrong with a page, as tests and tools check it. */
export type PageProblem =
  | "bad-address"
  | "unreadable-file"
  | "network"
  | "timeout"
  | "http-status"
  | "not-html"
  | "redirect-loop"
  | "too-many-redirects"
  | "too-large"
  | "no-article";

/**
 * A page that cannot become an article. `exitCode` is 2 for what the editor
 * typed (an address that is not http(s), a file that cannot be read) and 1 for
 * what the page or its server did.
 *
 * @example
 * new PageError("http-status", "The server answered 404 Not Found; check the address")
 * //=> PageError { problem: "http-status", exitCode: 1, message: "The server answered 404 Not Found; check the address" }
 */
export class PageError extends Error {
  readonly problem: PageProblem;
  readonly exitCode: 1 | 2;

  constructor(problem: PageProblem, message: string) {
    super(message);
    this.name = "PageError";
    this.problem = problem;
    this.exitCode = problem === "bad-address" || problem === "unreadable-file" ? 2 : 1;
  }
}
