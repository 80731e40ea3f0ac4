/**
 * Puts the fields an editor gives on the command line (--title, --url, ...)
 * into an article's front matter, without touching what the article
 * already has.
 */

export interface AddedFrontMatter {
  text: string;
  /** Line (1-based) after which lines were inserted, and how many. */
  insertedAfter: number;
  inserted: number;
  /** Keys given twice (on the command line and in the file). */
  conflicts: string[];
}

const quote = (value: string): string => JSON.stringify(value);

/**
 * @example
 * addFrontMatter("Jakarta - Teks.", { title: "Judul" })
 * //=> { text: '---\ntitle: "Judul"\n---\nJakarta - Teks.', insertedAfter: 0, inserted: 3, conflicts: [] }
 */
export function addFrontMatter(text: string, fields: Record<string, string | undefined>): AddedFrontMatter {
  const given = Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined);
  if (given.length === 0) return { text, insertedAfter: 0, inserted: 0, conflicts: [] };
  const lines = given.map(([key, value]) => `${key}: ${quote(value)}`);
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = text.slice(bom.length);
  const open = /^---[ \t]*\r?\n/u.exec(body);
  const close = open ? /\r?\n---[ \t]*(?:\r?\n|$)/u.exec(body.slice(open[0].length - 1)) : null;
  if (!open || !close) {
    return { text: `${bom}---\n${lines.join("\n")}\n---\n${body}`, insertedAfter: 0, inserted: lines.length + 2, conflicts: [] };
  }
  const endOfBlock = open[0].length - 1 + close.index;
  const block = body.slice(open[0].length, endOfBlock + 1);
  const conflicts = given.map(([key]) => key).filter((key) => new RegExp(`^${key}\\s*:`, "mu").test(block));
  const before = body.slice(0, endOfBlock);
  return {
    text: `${bom}${before}\n${lines.join("\n")}${body.slice(endOfBlock)}`,
    insertedAfter: before.split("\n").length,
    inserted: lines.length,
    conflicts,
  };
}
