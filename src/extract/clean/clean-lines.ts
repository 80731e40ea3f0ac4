/**
 * Drops boilerplate from the lines of an article body and finds its headline
 * and subheadings. Which lines are boilerplate is data
 * (`src/lexicon/boilerplate.yaml`); this file only applies the rules in order
 * and adds the structural rules:
 *
 * - headline: among the lines that survive the rules, the headline of the
 *   page's header (`findHeadline`), or the line equal to the front-matter
 *   title. It goes to `headline`, not to `removed`.
 * - `page-header`: the lines above the headline (site name, navigation, a
 *   section label) are removed.
 * - `title-site-name`: a headline pasted as the window title ("… | Kalbar
 *   Today", `titleSiteName`) is the words before the site's name; the name
 *   is removed.
 * - `repeated-title`: another line equal to the headline or the front-matter
 *   title (compared by `titleKey`) is removed.
 * - `blank-line`: a line of whitespace or invisible characters is removed.
 */
import { opensWithDateline } from "../source/find-dateline.ts";
import { firstRule } from "./apply-rules.ts";
import { loadBoilerplate, type Boilerplate, type BoilerplateRule } from "./boilerplate-lexicon.ts";
import { findHeadline, HEADER_LINES } from "./find-headline.ts";
import { findSubheadings } from "./find-subheadings.ts";
import { titleSiteName } from "./title-site-name.ts";
import { STRUCTURAL_RULES, type CleanResult, type Line, type RemovedLine } from "./line.ts";
import { looksLikeLinkedHeadline, looksShort, normalizeSpaces, titleKey, titleKeyHead } from "./text-shape.ts";

export interface CleanOptions {
  /** The title from front matter, when the file has one. */
  title?: string | null;
}

/** A line's text as rules see it: spaces normalised, trimmed, and where it starts. */
function view(text: string): { trimmed: string; lead: number } {
  const body = normalizeSpaces(text).trimEnd();
  const trimmed = body.trimStart();
  return { trimmed, lead: body.length - trimmed.length };
}

/** Keys of the known titles (headline, front-matter title) and their first characters. */
class Titles {
  private readonly keys = new Set<string>();
  private readonly heads = new Set<string>();
  private readonly maxLength: number;

  constructor(maxLength: number) {
    this.maxLength = maxLength;
  }

  add(title: string): void {
    const key = titleKey(title);
    if (key === "") return;
    this.keys.add(key);
    this.heads.add(key.charAt(0));
  }

  /** True when the trimmed line is, after normalising, one of the known titles. */
  has(trimmed: string): boolean {
    if (this.keys.size === 0 || trimmed.length > this.maxLength * 2) return false;
    const head = titleKeyHead(trimmed);
    return (head === "" || this.heads.has(head)) && this.keys.has(titleKey(trimmed));
  }
}

function takesNext(lex: Boilerplate, rule: BoilerplateRule, next: string): boolean {
  const { trimmed } = view(next);
  if (rule.next === "headline") return firstRule(lex, trimmed, "drop") === null && looksLikeLinkedHeadline(trimmed, lex.shapes);
  if (rule.next === "short") return firstRule(lex, trimmed, "drop") === null && looksShort(trimmed, lex.shapes);
  return false;
}

/**
 * Split article lines into kept text and removed boilerplate (each removal
 * with the id of its rule), and find the headline and subheadings. Never
 * throws; each line is looked at a bounded number of times.
 *
 * @example
 * cleanLines([
 *   { text: "Korsel Sebut Korea Utara Tambah Pasukan", line: 1 },
 *   { text: "Advertisement", line: 2 },
 *   { text: "Seoul: Korea Utara mengirim lebih banyak pasukan ke Rusia.", line: 3 },
 *   { text: "Korsel Sebut Korea Utara Tambah Pasukan", line: 4 },
 * ]);
 * //=> { kept: [{ text: "Seoul: Korea Utara mengirim lebih banyak pasukan ke Rusia.", line: 3 }],
 * //     removed: [{ text: "Advertisement", rule: "ad-marker", line: 2 },
 * //               { text: "Korsel Sebut Korea Utara Tambah Pasukan", rule: "repeated-title", line: 4 }],
 * //     headline: { text: "Korsel Sebut Korea Utara Tambah Pasukan", line: 1 }, subheadings: [] }
 */
export function cleanLines(lines: readonly Line[], options: CleanOptions = {}): CleanResult {
  const lex = loadBoilerplate();
  const titles = new Titles(lex.shapes.titleMaxLength);
  if (options.title) titles.add(String(options.title));

  // 1. The lexicon's rules, line by line.
  const items: Item[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { line } = lines[i]!;
    const stripped: RemovedLine[] = [];
    const got = classify(lex, String(lines[i]!.text ?? ""), (r) => stripped.push({ ...r, line }));
    if (got.kind === "drop") {
      const removed = [...stripped, { text: got.text, rule: got.rule.id, line }];
      const next = lines[i + 1];
      if (next !== undefined && got.rule.next !== "none" && takesNext(lex, got.rule, String(next.text ?? ""))) {
        removed.push({ text: String(next.text), rule: got.rule.id, line: next.line });
        i++;
      }
      items.push({ kind: "removed", removed });
    } else if (got.kind === "structural") {
      items.push({ kind: "removed", removed: [...stripped, { text: got.text, rule: got.rule, line }] });
    } else {
      items.push({ kind: "keep", stripped, text: got.text, trimmed: got.trimmed, line });
    }
  }

  // 2. The headline, in the page's header above the first paragraph or dateline.
  const keeps = items.filter((it): it is Keep => it.kind === "keep");
  const sites = keeps.map((k, i) => (i < HEADER_LINES ? titleSiteName(k.trimmed, lex.shapes.headlineMinWords) : null));
  const found = findHeadline(
    keeps.map((k, i) => sites[i]?.title ?? k.trimmed),
    lex.shapes,
    { isTitle: (t) => titles.has(t), isDateline: (t) => opensWithDateline(t) },
  );
  const headlineItem = found === null ? null : keeps[found.index]!;
  const site = found === null ? null : sites[found.index]!;
  const header = new Set(found === null ? [] : found.above.map((i) => keeps[i]!));
  if (headlineItem !== null) titles.add(site?.title ?? headlineItem.trimmed);

  // 3. Everything in file order: the header above the headline and repeats of a title are removed.
  const kept: Line[] = [];
  const removed: RemovedLine[] = [];
  let headline: Line | null = null;
  for (const it of items) {
    if (it.kind === "removed") {
      removed.push(...it.removed);
      continue;
    }
    removed.push(...it.stripped);
    if (it === headlineItem && site !== null) {
      headline = { text: site.title, line: it.line };
      removed.push({ text: site.site, rule: STRUCTURAL_RULES.titleSiteName, line: it.line });
    } else if (it === headlineItem) headline = { text: it.text, line: it.line };
    else if (header.has(it)) removed.push({ text: it.text, rule: STRUCTURAL_RULES.pageHeader, line: it.line });
    else if (titles.has(it.trimmed)) removed.push({ text: it.text, rule: STRUCTURAL_RULES.repeatedTitle, line: it.line });
    else kept.push({ text: it.text, line: it.line });
  }
  return { kept, removed, headline, subheadings: findSubheadings(kept) };
}

interface Keep {
  kind: "keep";
  /** Credits stripped from the line's end. */
  stripped: RemovedLine[];
  text: string;
  trimmed: string;
  line: number;
}

type Item = { kind: "removed"; removed: RemovedLine[] } | Keep;

type Classified =
  | { kind: "drop"; text: string; rule: BoilerplateRule }
  | { kind: "structural"; text: string; rule: string }
  | { kind: "keep"; text: string; trimmed: string };

/**
 * What to do with one line: strip trailing credits until none is left
 * (each reported through `onStrip`), then drop the line if what remains is
 * blank or boilerplate, else keep it. Stripping to a fixpoint is what makes
 * cleaning twice change nothing.
 */
function classify(lex: Boilerplate, original: string, onStrip: (r: { text: string; rule: string }) => void): Classified {
  let text = original;
  for (;;) {
    const { trimmed, lead } = view(text);
    if (trimmed === "") return { kind: "structural", text, rule: STRUCTURAL_RULES.blankLine };
    const drop = firstRule(lex, trimmed, "drop");
    if (drop !== null) return { kind: "drop", text, rule: drop.rule };
    const strip = firstRule(lex, trimmed, "strip");
    if (strip === null || strip.m.text.trim() === "") return { kind: "keep", text, trimmed };
    onStrip({ text: strip.m.text.trim(), rule: strip.rule.id });
    text = text.slice(0, lead + strip.m.start).trimEnd();
  }
}
