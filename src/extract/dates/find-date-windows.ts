/**
 * The cheap prefilter of the date scanner: one regex over the whole text for
 * anything a date can hang on (a month or weekday name, "D/M", a four-digit
 * number, a relative phrase), and around each hit a window of text wide
 * enough for the whole date. Chrono then runs on the windows only.
 */
import { once } from "../../lexicon/define-lexicon.ts";
import { dateVocabulary } from "./date-vocabulary.ts";

const ANCHOR = once(() => {
  const S = dateVocabulary().source;
  return new RegExp(
    "\\b(?:" +
      [
        S.month,
        S.weekday,
        S.relativeDay,
        S.weekend,
        `(?:se)?${S.unit}\\s{1,3}(?:${S.modifier}|${S.ago})`,
        "\\d{1,2}\\s{0,2}/\\s{0,2}\\d{1,2}",
        "\\d{4}",
      ].join("|") +
      ")\\b",
    "gi",
  );
});
/** Characters of context kept on each side of a hit. */
const MARGIN = 32;
/** How far a window edge may move to reach a space. */
const SNAP = 24;
/** Windows longer than this are not grown further; the next one starts afresh. */
const MAX_WINDOW = 1200;

export interface TextWindow {
  start: number;
  end: number;
}

const isSpaceAt = (text: string, i: number): boolean => /\s/.test(text[i] ?? " ");

/** Move a window start left to a space (or the text start), a bounded distance. */
function snapStart(text: string, i: number): number {
  for (let j = i, k = 0; k < SNAP; j--, k++) if (j <= 0 || isSpaceAt(text, j - 1)) return Math.max(0, j);
  return i;
}

/** Move a window end right to a space (or the text end), a bounded distance. */
function snapEnd(text: string, i: number): number {
  for (let j = i, k = 0; k < SNAP; j++, k++) if (j >= text.length || isSpaceAt(text, j)) return Math.min(text.length, j);
  return i;
}

/**
 * The windows of `text` worth parsing, in order, possibly overlapping when a
 * run of hits is longer than the window cap.
 *
 * @example
 * findDateWindows("Harga naik 5 persen. Pada Kamis (27/2) pasukan tiba.");
 * //=> [{ start: 0, end: 52 }]
 */
export function findDateWindows(text: string): TextWindow[] {
  const windows: TextWindow[] = [];
  let current: TextWindow | null = null;
  ANCHOR().lastIndex = 0;
  for (let m = ANCHOR().exec(text); m !== null; m = ANCHOR().exec(text)) {
    const start = snapStart(text, Math.max(0, m.index - MARGIN));
    const end = snapEnd(text, Math.min(text.length, m.index + m[0].length + MARGIN));
    if (current && start <= current.end && end - current.start <= MAX_WINDOW) {
      current.end = Math.max(current.end, end);
    } else {
      current = { start, end };
      windows.push(current);
    }
  }
  return windows;
}
