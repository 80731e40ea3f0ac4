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
  author: string | null;
  url: string | null;
  /** For an article read from a web page: which facts its metadata gave, from where, what else it said, and what was refused. */
  page?: {
    facts: Partial<Record<"title" | "outlet" | "published" | "author" | "url", { from: string; others: { from: string; value: string }[] }>>;
    notes: string[];
  };
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
  if (entry.published === null) warnings.push("undated: nothing in the text dates it, so it is listed apart (Tanpa tanggal); add published: to the front matter, or --published");
  else if (entry.published.estimated) warnings.push(`date is estimated (${entry.published.date}): add published: to the front matter if you know it`);
  if (entry.source.outlet === null) warnings.push("outlet unknown: add outlet: to the front matter, or --outlet");
  else if (entry.source.outletKnown === false && entry.source.outletBasis !== "front-matter") {
    warnings.push(`outlet "${entry.source.outlet}" is not in src/lexicon/outlets.yaml: it is given as the page writes it; add it there (or outlet: to the front matter) to give it its proper name`);
  }
  if (entry.figures.filter((f) => f.category !== "other").length === 0) warnings.push("no figures found");
  if (!topic.onTopic) warnings.push(`this does not look like it is about ${topic.name}`);
  return {
    title: entry.title,
    titleBasis: entry.titleBasis,
    outlet: entry.source.outlet,
    outletBasis: entry.source.outletBasis,
    published: entry.published,
    author: entry.source.author,
    url: entry.source.url,
    figures: entry.figures.map((f) => ({ category: f.category, min: f.min, max: f.max, bound: f.bound, claimant: f.claimant.name, text: f.text })),
    claims: entry.claims.filter((c) => c.claimant.kind !== "self").map((c) => ({ claimant: c.claimant.name, hedge: c.hedge, text: c.text })),
    warnings,
  };
}

const range = (f: EntrySummary["figures"][number]): string =>
  f.min === f.max ? `${f.min}` : `${f.min ?? "…"}–${f.max ?? "…"}`;

type PageFactKey = keyof NonNullable<EntrySummary["page"]>["facts"];

/** "from the page's metadata: JSON-LD NewsArticle[ "as written"]; Open Graph says "…"" for a fact the page gave, else null. */
function pageSource(s: EntrySummary, key: PageFactKey, written?: string | null): string | null {
  const fact = s.page?.facts[key];
  if (!fact) return null;
  return `from the page's metadata: ${fact.from}${written ? ` "${written}"` : ""}${fact.others.map((o) => `; ${o.from} says "${o.value}"`).join("")}`;
}

/** " (from the page's metadata: …)" for a fact the page gave, else `otherwise`. */
function fromPage(s: EntrySummary, key: PageFactKey, otherwise: string): string {
  const source = pageSource(s, key);
  return source === null ? otherwise : ` (${source})`;
}

/** The summary as lines for a terminal. */
export function formatSummary(s: EntrySummary): string {
  const p = s.published;
  const lines = [
    `  title     ${s.title}${fromPage(s, "title", s.titleBasis === "derived" ? " (derived from the lead)" : "")}`,
    `  outlet    ${s.outlet ?? "unknown"}${fromPage(s, "outlet", s.outletBasis ? ` (from the ${s.outletBasis})` : "")}`,
    p === null
      ? "  published none (undated)"
      : `  published ${p.date} (${p.precision}, ${p.estimated ? "estimated, " : ""}${pageSource(s, "published", p.text) ?? `by ${p.basis}${p.text ? `: "${p.text}"` : ""}`})`,
    ...(s.author ? [`  author    ${s.author}${fromPage(s, "author", "")}`] : []),
    ...(s.url ? [`  url       ${s.url}${fromPage(s, "url", "")}`] : []),
    `  figures   ${s.figures.length === 0 ? "none" : ""}`,
    ...s.figures.map((f) => `    ${f.category.padEnd(20)} ${range(f).padEnd(12)} ${f.claimant}  "${f.text}"`),
    `  claims    ${s.claims.length}${s.claims.length ? ` (${[...new Set(s.claims.map((c) => c.claimant))].join(", ")})` : ""}`,
    ...(s.page?.notes ?? []).map((n) => `  note      ${n}`),
    ...s.warnings.map((w) => `  warning   ${w}`),
  ];
  return lines.join("\n");
}
