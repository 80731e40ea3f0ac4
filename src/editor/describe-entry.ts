/**
 * What linimasa understood of an article, for the editor: the facts and the
 * warnings worth a look before publishing.
 */
import type { Entry } from "../schema/entry.ts";

export interface EntrySummary {
  title: string;
  titleBasis: Entry["titleBasis"];
  outlet: string | null;
  outletBasis: Entry["source"]["outletBasis"];
  published: Entry["published"];
  figures: { category: string; min: number | null; max: number | null; bound: string | null; claimant: string; text: string }[];
  claims: { claimant: string; hedge: string; text: string }[];
  warnings: string[];
}

/**
 * @example
 * describeEntry(entry, { onTopic: true }).warnings //=> ["date is estimated (2025-04): add published: to the front matter if you know it"]
 */
export function describeEntry(entry: Entry, topic: { onTopic: boolean; name: string }): EntrySummary {
  const warnings: string[] = [];
  if (entry.published.estimated) warnings.push(`date is estimated (${entry.published.date}): add published: to the front matter if you know it`);
  if (entry.source.outlet === null) warnings.push("outlet unknown: add outlet: to the front matter, or --outlet");
  if (entry.figures.filter((f) => f.category !== "other").length === 0) warnings.push("no figures found");
  if (!topic.onTopic) warnings.push(`this does not look like it is about ${topic.name}`);
  return {
    title: entry.title,
    titleBasis: entry.titleBasis,
    outlet: entry.source.outlet,
    outletBasis: entry.source.outletBasis,
    published: entry.published,
    figures: entry.figures.map((f) => ({ category: f.category, min: f.min, max: f.max, bound: f.bound, claimant: f.claimant.name, text: f.text })),
    claims: entry.claims.filter((c) => c.claimant.kind !== "self").map((c) => ({ claimant: c.claimant.name, hedge: c.hedge, text: c.text })),
    warnings,
  };
}

const range = (f: EntrySummary["figures"][number]): string =>
  f.min === f.max ? `${f.min}` : `${f.min ?? "…"}–${f.max ?? "…"}`;

/** The summary as lines for a terminal. */
export function formatSummary(s: EntrySummary): string {
  const p = s.published;
  const lines = [
    `  title     ${s.title}${s.titleBasis === "derived" ? " (derived from the lead)" : ""}`,
    `  outlet    ${s.outlet ?? "unknown"}${s.outletBasis ? ` (from the ${s.outletBasis})` : ""}`,
    `  published ${p.date} (${p.precision}, ${p.estimated ? "estimated, " : ""}by ${p.basis}${p.text ? `: "${p.text}"` : ""})`,
    `  figures   ${s.figures.length === 0 ? "none" : ""}`,
    ...s.figures.map((f) => `    ${f.category.padEnd(20)} ${range(f).padEnd(12)} ${f.claimant}  "${f.text}"`),
    `  claims    ${s.claims.length}${s.claims.length ? ` (${[...new Set(s.claims.map((c) => c.claimant))].join(", ")})` : ""}`,
    ...s.warnings.map((w) => `  warning   ${w}`),
  ];
  return lines.join("\n");
}
