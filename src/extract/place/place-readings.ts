/**
 * Placing a whole corpus: articles that date themselves (`datesOthers`: a
 * date they state, or the day of writing their own weekday dates give) are
 * placed first; their entries are the context that dates the others
 * (`dateArticle`): those whose text gives only a coarser estimate and those
 * it does not date at all, which are placed next. An estimate never dates
 * another estimate, so the order of the files does not matter.
 */
import { VFile } from "vfile";
import type { Entry } from "../../schema/entry.ts";
import { datesOthers, toContext } from "../published/context-entry.ts";
import { contextIndex } from "../published/context-index.ts";
import type { Reading } from "../read/reading.ts";
import { dateArticle } from "./date-article.ts";
import { placeArticle } from "./place-article.ts";

export interface PlacedReading {
  entry: Entry | null;
  /** The file placing reported on (undated, estimated date, no text left …). */
  file: VFile;
}

/**
 * Place `readings` (null for a file that could not be read; its place stays
 * null); `paths` name each file in messages; `others` are entries placed
 * before (the rest of the corpus, when one article is added) that date
 * estimated ones too.
 *
 * @example
 * placeReadings(readingsOfTheSeeds, paths).map((p) => p?.entry?.published.basis)
 * //=> ["citation", "byline", "context", "citation", "context"]
 */
export function placeReadings(readings: readonly (Reading | null)[], paths: readonly string[], others: readonly Entry[] = []): (PlacedReading | null)[] {
  const placed: (PlacedReading | null)[] = readings.map(() => null);
  const place = (i: number, date: (r: Reading) => Reading["ownDate"]): void => {
    const reading = readings[i]!;
    const file = new VFile({ path: paths[i] });
    placed[i] = { entry: placeArticle(reading, date(reading), file), file };
  };
  const later: number[] = [];
  readings.forEach((r, i) => {
    if (!r) return;
    if (!r.ownDate || !datesOthers(r.ownDate)) later.push(i);
    else place(i, (reading) => reading.ownDate);
  });
  if (later.length === 0) return placed;
  const dated = [...others, ...placed.flatMap((p) => (p?.entry ? [p.entry] : []))];
  const context = contextIndex(toContext(dated));
  for (const i of later) place(i, (reading) => dateArticle(reading, context));
  return placed;
}
