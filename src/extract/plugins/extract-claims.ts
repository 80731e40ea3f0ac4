/**
 * unified plugin: claims — statements attributed to a claimant (an agency,
 * person, outlet or group, or the outlet itself), with their hedge, the date
 * they were made and the dates of the events they refer to.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { Claim, Mention } from "../../schema/entry.ts";
import { attributeSentences, isClaim } from "../claims/index.ts";
import { mentionsBySentence } from "./mentions-by-sentence.ts";

/**
 * A mention dates the statement itself when it names a weekday ("pada Selasa
 * (4/2/2025)"), opens the sentence ("Pada Januari, NIS memperkirakan …") or
 * follows the reporting verb ("mengatakan pada Desember 2024").
 */
function isStatementDate(sentence: string, sentenceOffset: number, m: Mention, marker: string | null): boolean {
  if (m.weekday && !m.relative) return true;
  const at = m.place.offset - sentenceOffset;
  const before = sentence.slice(0, at);
  if (/^\s*pada\s+(?:hari\s+)?$/iu.test(before)) return true;
  if (marker === null) return false;
  const window = before.slice(-60).toLowerCase();
  const verb = window.lastIndexOf(marker.toLowerCase());
  return verb >= 0 && /\bpada\s+(?:hari\s+)?$/u.test(window) && window.length - verb <= 60;
}

export default function extractClaims() {
  return (_tree: Root, file: VFile): void => {
    const d = file.data;
    const sentences = d.sentences ?? [];
    const attributions = attributeSentences(
      sentences.map((s) => ({ text: s.text, paragraph: s.paragraph })),
      { outlet: d.source?.outlet ?? null },
    );
    const claims: Claim[] = [];
    const mentionsOf = mentionsBySentence(d.mentions ?? []);
    sentences.forEach((s, i) => {
      const a = attributions[i];
      if (!a || !isClaim(s, a)) return;
      const mentions = mentionsOf.get(i) ?? [];
      const stated = mentions.find((m) => isStatementDate(s.text, s.offset, m, a.marker)) ?? null;
      claims.push({
        id: `${d.article?.id ?? "entry"}-k${i}`,
        claimant: a.claimant,
        also: a.also,
        via: a.via,
        carried: a.carried,
        marker: a.marker,
        hedge: a.hedge,
        text: s.text,
        sentence: i,
        stated,
        refersTo: mentions.filter((m) => m !== stated),
        place: { line: s.line, column: s.column, offset: s.offset },
      });
    });
    d.attributions = attributions;
    d.claims = claims;
  };
}
