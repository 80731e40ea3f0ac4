/**
 * Reads the author, the editor and the date line from the lines cleaning
 * removed. Which lines are bylines, and which part of them is the author or
 * the editor, is data: the named groups `author` and `editor` of the rules in
 * `src/lexicon/boilerplate.yaml`, and `nextRole` for a label whose name is on
 * the next line ("Reporter" / "Imam Hamdi"). Desk codes such as "(isa/isa)"
 * carry no name.
 */
import { loadBoilerplate, type Boilerplate } from "../clean/boilerplate-lexicon.ts";
import type { RemovedLine } from "../clean/line.ts";
import { normalizeSpaces } from "../clean/text-shape.ts";

export interface DateLine {
  /** The byline or date line as written ("Senin, 27 Jan 2025 07:43 WIB"). */
  text: string;
  line: number;
  /** Id of the boilerplate rule that removed it. */
  rule: string;
}

export interface Byline {
  author: string | null;
  editor: string | null;
  /** The first removed line that carries the publication date. */
  dateLine: DateLine | null;
  /** Every removed line that carries a date stamp, in file order (which one dates the article is decided by `chooseStamp`). */
  dateLines: DateLine[];
}

/** A name as written, tidied; null when it is not a person ("N/A", "Tim Redaksi"). */
function cleanName(raw: string | undefined, lex: Boilerplate): string | null {
  if (raw === undefined) return null;
  const name = normalizeSpaces(raw.slice(0, 200))
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[•·*\-–(\s]+|[\s,.;:|)]+$/g, "");
  if (name.length < 2 || name.length > 60 || !/\p{L}/u.test(name)) return null;
  return lex.notNames.has(name.toLowerCase()) ? null : name;
}

/**
 * Author, editor and date line from removed lines (first of each wins).
 *
 * @example
 * findByline([
 *   { text: "Riza Aslam Khaeron • 27 February 2025 16:59", rule: "byline-dot-date", line: 7 },
 *   { text: "(Surya Perkasa)", rule: "editor-credit", line: 46 },
 * ])
 * //=> { author: "Riza Aslam Khaeron", editor: "Surya Perkasa",
 * //     dateLine: { text: "Riza Aslam Khaeron • 27 February 2025 16:59", line: 7, rule: "byline-dot-date" },
 * //     dateLines: [{ text: "Riza Aslam Khaeron • 27 February 2025 16:59", line: 7, rule: "byline-dot-date" }] }
 */
export function findByline(removed: readonly RemovedLine[]): Byline {
  const lex = loadBoilerplate();
  const out: Byline = { author: null, editor: null, dateLine: null, dateLines: [] };
  for (let i = 0; i < removed.length; i++) {
    const r = removed[i]!;
    const rule = lex.byId.get(r.rule);
    if (rule === undefined) continue;
    const text = normalizeSpaces(String(r.text ?? "")).trim().slice(0, 1000);
    rule.regex.lastIndex = 0; // suffix rules' regexes are global
    const m = rule.regex.exec(text);
    if (rule.date && m !== null) {
      out.dateLines.push({ text: String(r.text).trim(), line: r.line, rule: r.rule });
      out.dateLine ??= out.dateLines[0]!;
    }
    const next = removed[i + 1];
    if (m !== null && rule.nextRole !== undefined && next !== undefined && next.rule === r.rule && next.line > r.line) {
      const name = cleanName(next.text, lex);
      if (out[rule.nextRole] === null) out[rule.nextRole] = name;
      i++;
      continue;
    }
    if (m === null) continue;
    out.author ??= cleanName(m.groups?.author, lex);
    out.editor ??= cleanName(m.groups?.editor, lex);
  }
  return out;
}
