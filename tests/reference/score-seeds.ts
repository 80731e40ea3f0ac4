/**
 * Measures parsed entries against the hand-checked annotations of the seeds:
 * recall and precision of figures, claimants of figures and key claims,
 * outlets, places, titles, publication dates and dated mentions.
 */
import type { Entry } from "../../src/schema/entry.ts";
import { CLAIMANT_IDS } from "../fixtures/claimant-ids.ts";
import { readReference, type SeedReference } from "../fixtures/reference.ts";

export interface Check {
  seed: string;
  what: string;
  ok: boolean;
  detail: string;
}

export interface Score {
  checks: Check[];
  figures: { expected: number; found: number; matched: number; troopFound: number; troopCorrect: number; otherAsTroops: number };
}

const norm = (s: string): string => s.replace(/[“”]/gu, '"').replace(/\s+/gu, " ").trim().toLowerCase();
const precisionOf = (label: string): string => label.replace(/\s*\(.*\)$/u, "");

function checkSeed(ref: SeedReference, entry: Entry, checks: Check[]): void {
  const add = (what: string, ok: boolean, detail: string): void => void checks.push({ seed: ref.file.slice(0, 3), what, ok, detail });
  add("outlet", entry.source.outlet === (ref.outlet?.replace(/\s*\(.*\)$/u, "") ?? null), `${entry.source.outlet} vs ${ref.outlet}`);
  add("dateline place", (entry.source.datelinePlace?.toLowerCase() ?? null) === (ref.dateline_place?.toLowerCase() ?? null), `${entry.source.datelinePlace} vs ${ref.dateline_place}`);
  if (ref.title) add("title", entry.title === ref.title, entry.title);
  else add("title derived", entry.titleBasis === "derived", entry.title);
  if (ref.author) add("author", entry.source.author === ref.author, `${entry.source.author}`);
  if (ref.editor) add("editor", entry.source.editor === ref.editor, `${entry.source.editor}`);
  const p = entry.published;
  if (/NOT in the text/u.test(ref.published_basis)) {
    add("published is an estimate", p?.estimated === true, p?.basis ?? "undated");
    add("estimate lands in the reference month", p?.start.slice(0, 7) === ref.published.slice(0, 7), `${p?.date ?? "undated"} vs ${ref.published}`);
  } else {
    add("published", p?.date === ref.published && !p.estimated, `${p?.date ?? "undated"} (${p?.basis ?? "none"}) vs ${ref.published}`);
    add("published precision", p?.precision === ref.published_precision, p?.precision ?? "none");
  }
  for (const m of ref.dated_mentions) {
    if (m.precision === "not a date") {
      add(`"${m.text}" is not a date`, !entry.mentions.some((x) => norm(m.text).includes(norm(x.text)) || norm(x.text).includes(norm(m.text))), "");
      continue;
    }
    if (m.iso === null) continue;
    const hit = entry.mentions.find((x) => (norm(m.text).includes(norm(x.text)) || norm(x.text).includes(norm(m.text))) && x.iso === m.iso);
    add(`mention "${m.text}" = ${m.iso} (${precisionOf(m.precision)})`, hit !== undefined && (hit.precision === precisionOf(m.precision) || precisionOf(m.precision) === "month-range"), hit ? `${hit.iso} ${hit.precision}` : "missing");
  }
  for (const c of ref.key_claims) {
    const id = CLAIMANT_IDS[c.claimant];
    const sentence = entry.sentences.findIndex((s) => norm(s.text).includes(norm(c.quote)));
    const claim = entry.claims.find((k) => k.sentence === sentence);
    const ok = id !== undefined && claim !== undefined && (claim.claimant.id === id.id || (id.also === true && claim.also.some((a) => a.id === id.id)));
    add(`key claim of ${c.claimant}`, ok, claim ? `${claim.claimant.id}: ${claim.text.slice(0, 60)}` : "no claim");
  }
}

/**
 * Score `entries` (parsed from seeds/) against the reference.
 *
 * @example
 * const { figures } = scoreSeeds(entries);
 * figures.matched / figures.expected //=> 1
 */
export function scoreSeeds(entries: readonly Entry[]): Score {
  const checks: Check[] = [];
  const figures = { expected: 0, found: 0, matched: 0, troopFound: 0, troopCorrect: 0, otherAsTroops: 0 };
  for (const ref of readReference()) {
    const entry = entries.find((e) => e.file === ref.file);
    if (!entry) {
      checks.push({ seed: ref.file.slice(0, 3), what: "parsed", ok: false, detail: "no entry" });
      continue;
    }
    checkSeed(ref, entry, checks);
    figures.expected += ref.figures.length;
    figures.found += entry.figures.length;
    for (const f of ref.figures) {
      const hit = entry.figures.find((x) => x.min === f.min && x.max === f.max && x.category === f.what);
      const claimant = CLAIMANT_IDS[f.attributed_to]?.id;
      const ok = hit !== undefined && (f.bound === undefined || hit.bound?.toLowerCase() === f.bound) && hit.vague === (f.vague ?? false) && hit.claimant.id === claimant;
      if (ok) figures.matched++;
      checks.push({ seed: ref.file.slice(0, 3), what: `figure ${f.what} ${f.min}–${f.max ?? "…"} by ${f.attributed_to}`, ok, detail: hit ? `${hit.category} ${hit.min}–${hit.max ?? "…"} ${hit.bound ?? ""} by ${hit.claimant.id}` : "missing" });
    }
    for (const x of entry.figures.filter((x) => x.category !== "other")) {
      figures.troopFound++;
      if (ref.figures.some((f) => f.what === x.category && f.min === x.min && f.max === x.max)) figures.troopCorrect++;
      if (ref.figures.some((f) => f.what === "other" && f.min === x.min && f.max === x.max && (norm(f.quote).includes(norm(x.quote)) || norm(x.quote).includes(norm(f.quote))))) figures.otherAsTroops++;
    }
  }
  return { checks, figures };
}
