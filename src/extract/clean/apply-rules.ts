/**
 * Finds the first boilerplate rule that applies to a line. The line and
 * prefix rules are also joined into one anchored regex that is tried first:
 * most article lines fail it within a few characters, which spares trying the
 * rules one by one. It is a filter only, made to accept at least every line a
 * rule accepts: case-insensitive, named groups dropped, no length limits, and
 * without the slow unicode flag — `\p{...}` becomes `\S` and every `{m,n}`
 * bound is doubled, because a code point may take two UTF-16 units. The rules
 * still decide.
 */
import { matchRule, type Boilerplate, type BoilerplateRule, type RuleMatch } from "./boilerplate-lexicon.ts";

interface Plan {
  /** The joined filter, or null when the rules cannot be joined. */
  filter: RegExp | null;
  drop: readonly BoilerplateRule[];
  /** Drop rules the filter does not stand for (suffix rules, rules with `contains`). */
  dropOutside: readonly BoilerplateRule[];
  strip: readonly BoilerplateRule[];
  /** Longest line a drop rule with `contains` accepts. */
  containsMaxLength: number;
}

const plans = new WeakMap<Boilerplate, Plan>();

/** Rules the joined filter stands for: line and prefix drop rules without their own `contains` filter. */
const inFilter = (r: BoilerplateRule) => r.action === "drop" && r.match !== "suffix" && r.needles === null;

function filterSource(r: BoilerplateRule): string {
  const source = r.pattern
    .replace(/\(\?<([A-Za-z_]\w*)>/g, "(?:")
    .replace(/\\[pP]\{[\w=]+\}/g, "\\S")
    .replace(/\{(\d+)(,(\d*))?\}/g, (_, m: string, comma?: string, n?: string) =>
      comma === undefined ? `{${m},${2 * Number(m)}}` : n === "" ? `{${m},}` : `{${m},${2 * Number(n)}}`,
    );
  return r.match === "line" ? `(?:${source})$` : `(?:${source})`;
}

function plan(lex: Boilerplate): Plan {
  const hit = plans.get(lex);
  if (hit !== undefined) return hit;
  const joined = lex.rules.filter(inFilter);
  // A negated class holding \p{...} would shrink under the rewrite: no filter then.
  const safe = joined.every((r) => !/\[\^[^\]]*\\[pP]\{/.test(r.pattern));
  let filter: RegExp | null = null;
  try {
    const flags = "i" + (joined.some((r) => r.flags.includes("s")) ? "s" : "");
    if (safe) filter = new RegExp(`^(?:${joined.map(filterSource).join("|")})`, flags);
  } catch {
    filter = null; // go rule by rule
  }
  const drop = lex.rules.filter((r) => r.action === "drop");
  const p: Plan = {
    filter,
    drop,
    dropOutside: drop.filter((r) => !inFilter(r)),
    strip: lex.rules.filter((r) => r.action === "strip"),
    containsMaxLength: Math.max(0, ...lex.rules.filter((r) => r.needles !== null).map((r) => r.maxLength)),
  };
  plans.set(lex, p);
  return p;
}

/**
 * The first rule with this action that applies to the trimmed line, and its
 * match, or null. `useFilter: false` tries every rule (for tests).
 *
 * @example
 * firstRule(loadBoilerplate(), "Advertisement", "drop")?.rule.id //=> "ad-marker"
 */
export function firstRule(
  lex: Boilerplate,
  trimmed: string,
  action: "drop" | "strip",
  useFilter = true,
): { rule: BoilerplateRule; m: RuleMatch } | null {
  const p = plan(lex);
  let rules = action === "strip" ? p.strip : p.drop;
  if (action === "drop" && useFilter && p.filter !== null && !p.filter.test(trimmed)) rules = p.dropOutside;
  // Rules with `contains` need the line lowercased; longer lines fail their length limit first.
  const lower = trimmed.length <= p.containsMaxLength ? trimmed.toLowerCase() : undefined;
  for (const rule of rules) {
    const m = matchRule(rule, trimmed, lex.shapes, lower);
    if (m !== null) return { rule, m };
  }
  return null;
}
