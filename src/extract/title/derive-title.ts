/**
 * A short title made from the lead sentence, for articles that give none.
 */

/** Dateline at the start of a lead ("Liputan6.com, Seoul - ", "JAKARTA – ", "Seoul: "). */
const DATELINE = /^[^\n]{0,60}?\s(?:-{1,2}|–|—)\s+|^[A-Z][\w .]{0,40}:\s+/u;

/**
 * Derive a title from the first sentence of the lead paragraph: without its
 * dateline (unless `hasDateline` says the lead has none left), cut at a
 * clause boundary near `max` characters, never mid-word.
 *
 * @example
 * deriveTitle("Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan pada Selasa (4/2/2025), tentara Korea Utara tampaknya tidak terlibat lagi.")
 * //=> "Badan intelijen Korea Selatan menyatakan pada Selasa (4/2/2025)…"
 */
export function deriveTitle(lead: string, max = 110, hasDateline = true): string {
  const body = (hasDateline ? lead.replace(DATELINE, "") : lead).trim();
  const sentence = body.split(/(?<=[.!?])\s+(?=[A-Z"“])/u)[0] ?? body;
  const clean = sentence.replace(/[.!?]+$/u, "").trim();
  if (clean.length <= max) return clean || "Tanpa judul";
  const clause = clean.slice(0, max + 1).search(/,[^,]*$/u);
  if (clause > max / 3) return `${clean.slice(0, clause)}…`;
  const cut = clean.slice(0, max + 1).lastIndexOf(" ");
  return `${clean.slice(0, cut > 0 ? cut : max).replace(/[,;:]$/u, "")}…`;
}
