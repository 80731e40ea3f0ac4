/**
 * Where the article cites another medium ("seperti dikutip dari CNA",
 * "Dilansir AFP"): the day it gives is the day the outlet quoted it. A
 * medium a speaker spoke to ("kata pejabat itu kepada AFP") is credited too,
 * but its date is the day of the statement, not of the quoting.
 */
import type { Credit } from "../../schema/entry.ts";

const TOLD = /^kepada\b/iu;

/**
 * @example
 * citationOffsets([{ name: "CNA", text: "dikutip dari CNA", place }, { name: "AFP", text: "kepada AFP", place }]) //=> [place.offset of the first]
 */
export function citationOffsets(credits: readonly Pick<Credit, "text" | "place">[]): number[] {
  return credits.filter((c) => !TOLD.test(c.text)).map((c) => c.place.offset);
}
