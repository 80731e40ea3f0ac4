/**
 * Loads `src/lexicon/boilerplate.yaml` (the rules that say which lines are
 * not part of an article) and compiles each rule's pattern once, at first use.
 * `matchRule` is the single interpreter of a rule: how it anchors (`match`),
 * what it does (`action`), and which shape the rest of the line must have.
 */
import { z } from "zod";
import { calendarNames } from "../../calendar/calendar-names.ts";
import { defineLexicon } from "../../lexicon/define-lexicon.ts";
import { alternation } from "../../text/alternation.ts";
import { escapeRegExp } from "../../text/escape-regexp.ts";
import { looksLikeLinkedHeadline, type ShapeConfig } from "./text-shape.ts";

/**
 * A pattern with {weekday} and {month} replaced by every weekday or month name.
 *
 * @example
 * withNames("{weekday},") //=> "(?:selasa|minggu|jum'at|jum’at|…),"
 */
function withNames(pattern: string): string {
  if (!pattern.includes("{")) return pattern;
  const names = calendarNames();
  const weekdays = [...names.weekdays.keys()].flatMap((w) => (w.includes("'") ? [w, w.replace("'", "’")] : [w]));
  return pattern.replaceAll("{weekday}", alternation(weekdays, escapeRegExp)).replaceAll("{month}", alternation(names.months.keys(), escapeRegExp));
}

const RegexFlags = z.string().regex(/^[isu]*$/, "flags may only use i, s and u");

const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    description: z.string().min(1),
    pattern: z.string().min(1),
    flags: RegexFlags.default("i"),
    match: z.enum(["line", "prefix", "suffix"]),
    action: z.enum(["drop", "strip"]).default("drop"),
    /** Also drop the next line when it has this shape ("headline": a linked title; "short": a name). */
    next: z.enum(["none", "headline", "short"]).default("none"),
    /** For prefix rules: the text after the match must look like a linked headline. */
    rest: z.enum(["any", "headline"]).default("any"),
    /** For strip rules: the character before the stripped suffix must be one of these. */
    after: z.string().optional(),
    /** Longer lines are never dropped by this rule (an article paragraph is long). */
    maxLength: z.number().int().positive().default(300),
    /** For suffix rules: how many characters of the line's end are searched. */
    window: z.number().int().positive().max(400).default(400),
    /** For suffix rules: the trimmed line must end with one of these characters (a cheap filter). */
    endsWith: z.string().min(1).optional(),
    /** The rule is tried only on lines containing one of these strings, ignoring case (a cheap filter). */
    contains: z.array(z.string().min(1)).min(1).optional(),
    /** The line carries the publication date (a byline or date line). */
    date: z.boolean().default(false),
    /**
     * For a date line: what its date says of the article: when it was published
     * (the default), when it was last updated ("Diperbarui …"), or only how long
     * ago ("2 jam lalu": no date by itself).
     */
    stamp: z.enum(["published", "updated", "relative"]).default("published"),
    /** Dates on the dropped line still count as dated mentions of the article (a photo caption). */
    keepsDates: z.boolean().default(false),
    /** Outlet names or hosts in the line identify the publishing outlet (from a byline or a footer). */
    namesOutlet: z.enum(["byline", "footer"]).optional(),
    /** Role of the name on the next line taken by `next: short`. */
    nextRole: z.enum(["author", "editor"]).optional(),
    examples: z.array(z.string().min(1)).min(1),
    counterexamples: z.array(z.string().min(1)).min(1),
  })
  .superRefine((rule, ctx) => {
    if (/\{(?:weekday|month)\}/u.test(rule.pattern) && !rule.flags.includes("i")) {
      ctx.addIssue({ code: "custom", path: ["flags"], message: "a pattern with {weekday} or {month} needs flag i" });
    }
    try {
      new RegExp(withNames(rule.pattern), rule.flags);
    } catch (err) {
      ctx.addIssue({ code: "custom", path: ["pattern"], message: String(err) });
    }
    if (rule.action === "strip" && rule.match !== "suffix") {
      ctx.addIssue({ code: "custom", path: ["action"], message: "strip needs match: suffix" });
    }
  });

const ShapesSchema = z.object({
  titleMaxLength: z.number().int().positive(),
  titleMinWords: z.number().int().positive(),
  titleMaxWords: z.number().int().positive(),
  headlineMinWords: z.number().int().positive(),
  minTitleCaseRatio: z.number().min(0).max(1),
  subheadingMaxWords: z.number().int().positive(),
  shortMaxLength: z.number().int().positive(),
  shortMaxWords: z.number().int().positive(),
  lowercaseWords: z.array(z.string().min(1)),
});

export const BoilerplateLexicon = z.object({
  shapes: ShapesSchema,
  /** Values of byline fields that are not a person ("N/A", "Tim Redaksi"). */
  notNames: z.array(z.string().min(1)),
  rules: z.array(RuleSchema).min(1),
});

export type BoilerplateRuleData = z.infer<typeof RuleSchema>;

/** A rule with its pattern compiled for its `match` mode. */
export interface BoilerplateRule extends BoilerplateRuleData {
  regex: RegExp;
  afterSet: ReadonlySet<string> | null;
  /** `contains`, lowercased. */
  needles: readonly string[] | null;
}

/** The compiled lexicon. */
export interface Boilerplate {
  shapes: ShapeConfig;
  notNames: ReadonlySet<string>;
  rules: readonly BoilerplateRule[];
  byId: ReadonlyMap<string, BoilerplateRule>;
}

function anchor(rule: BoilerplateRuleData): string {
  if (rule.match === "line") return `^(?:${rule.pattern})$`;
  if (rule.match === "prefix") return `^(?:${rule.pattern})`;
  return `(?:${rule.pattern})$`;
}

/**
 * The boilerplate lexicon, validated and compiled (once per process).
 *
 * @example
 * loadBoilerplate().byId.get("ad-marker")?.match //=> "line"
 */
export const loadBoilerplate = defineLexicon("boilerplate", BoilerplateLexicon, (data): Boilerplate => {
  const rules = data.rules.map((data) => ({ ...data, pattern: withNames(data.pattern) })).map((r) => ({
    ...r,
    // Suffix rules are global so that a search can start near the line's end without slicing.
    regex: new RegExp(anchor(r), r.match === "suffix" ? r.flags + "g" : r.flags),
    afterSet: r.after === undefined ? null : new Set([...r.after]),
    needles: r.contains === undefined ? null : r.contains.map((c) => c.toLowerCase()),
  }));
  return {
    shapes: { ...data.shapes, lowercaseWords: new Set(data.shapes.lowercaseWords.map((w) => w.toLowerCase())) },
    notNames: new Set(data.notNames.map((n) => n.toLowerCase())),
    rules,
    byId: new Map(rules.map((r) => [r.id, r])),
  };
});

/** Where a rule matched inside the trimmed line. */
export interface RuleMatch {
  /** Start of the matched text in the trimmed line. */
  start: number;
  /** The matched text. */
  text: string;
  /** Named groups of the pattern (author, editor, date), trimmed; absent when empty. */
  groups: Record<string, string>;
}

/**
 * Apply one rule to a trimmed line (see `normalizeSpaces`), or null when it
 * does not apply. `lower` is the line lowercased, when the caller has it. Length limits, the rest-of-line shape and the character
 * required before a stripped suffix are checked here.
 *
 * @example
 * const lex = loadBoilerplate();
 * matchRule(lex.byId.get("related-link")!, "Baca juga: Kasus Covid-19 Melonjak", lex.shapes)?.start //=> 0
 */
export function matchRule(
  rule: BoilerplateRule,
  line: string,
  shapes: ShapeConfig,
  lower?: string,
): RuleMatch | null {
  if (rule.action === "drop" && line.length > rule.maxLength) return null;
  if (rule.endsWith !== undefined && !rule.endsWith.includes(line.charAt(line.length - 1))) return null;
  if (rule.needles !== null) {
    const low = lower ?? line.toLowerCase();
    let found = false;
    for (const n of rule.needles) if (low.includes(n)) found = true;
    if (!found) return null;
  }
  rule.regex.lastIndex = rule.match === "suffix" ? Math.max(0, line.length - rule.window) : 0;
  const m = rule.regex.exec(line);
  if (m === null) return null;
  const start = m.index;
  if (rule.rest === "headline" && !looksLikeLinkedHeadline(line.slice(start + m[0].length), shapes)) {
    return null;
  }
  if (rule.afterSet !== null) {
    let i = start - 1;
    while (i >= 0 && line.charAt(i) === " ") i--;
    if (i < 0 || !rule.afterSet.has(line.charAt(i))) return null;
  }
  const groups: Record<string, string> = {};
  if (m.groups !== undefined) {
    for (const k in m.groups) {
      const t = m.groups[k]?.trim();
      if (t) groups[k] = t;
    }
  }
  return { start, text: m[0], groups };
}
