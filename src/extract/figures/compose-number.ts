/**
 * Composes a value from number words and numerals one step at a time:
 * "dua ratus dua puluh lima ribu" = 225 000, "2,5 juta" = 2 500 000,
 * "400 ribuan" ≈ 400 000. Each step either accepts the next word or refuses
 * it, so the caller can read the longest number at a place in a sentence.
 */
import type { NumberWord } from "./numbers-lexicon.ts";

/** The value composed so far. Immutable: each step returns a new state. */
export interface NumberState {
  /** Sum of the groups already closed by a large scale ("dua ribu" → 2000). */
  total: number;
  /** The current group below the next large scale ("dua ratus" → 200). */
  group: number;
  /** A digit or numeral waiting for its scale ("dua" in "dua ratus"). */
  pending: number | null;
  /** Smallest group scale used in the current group (Infinity when none). */
  groupFloor: number;
  /** Smallest large scale used so far (Infinity when none). */
  largeFloor: number;
  /** Steps taken. */
  steps: number;
  /** True after an "-an" scale ("400 ribuan"): nothing may follow. */
  approx: boolean;
  /** True when only words (no digits) were read. */
  wordsOnly: boolean;
}

/** The state before the first word. */
export const START: NumberState = {
  total: 0,
  group: 0,
  pending: null,
  groupFloor: Infinity,
  largeFloor: Infinity,
  steps: 0,
  approx: false,
  wordsOnly: true,
};

/** What one step reads: a numeral's value, or a number word. */
export type NumberStep = { kind: "numeral"; value: number } | NumberWord;

function digitStep(s: NumberState, value: number, wordsOnly: boolean): NumberState | null {
  if (s.pending !== null || s.groupFloor <= 1) return null;
  // A numeral may open a number or follow a large scale ("2 juta 300 ribu"),
  // never follow a group scale ("seratus 5").
  if (!wordsOnly && s.group !== 0) return null;
  return { ...s, pending: value, steps: s.steps + 1, wordsOnly: s.wordsOnly && wordsOnly };
}

function scaleStep(s: NumberState, step: NumberWord): NumberState | null {
  switch (step.kind) {
    case "teen": {
      const p = s.pending;
      if (p === null || !Number.isInteger(p) || p < 1 || p > 9 || s.groupFloor <= 10) return null;
      return { ...s, group: s.group + p + 10, pending: null, groupFloor: 1, steps: s.steps + 1 };
    }
    case "group": {
      const p = s.pending;
      if (p === null || step.factor >= s.groupFloor) return null;
      if (step.factor <= 100 && p >= 10) return null;
      return { ...s, group: s.group + p * step.factor, pending: null, groupFloor: step.factor, steps: s.steps + 1 };
    }
    case "large": {
      const amount = s.group + (s.pending ?? 0);
      if (amount <= 0 || step.factor >= s.largeFloor) return null;
      const total = s.total + amount * step.factor;
      if (!Number.isFinite(total)) return null;
      return { ...s, total, group: 0, pending: null, groupFloor: Infinity, largeFloor: step.factor, steps: s.steps + 1 };
    }
    default:
      return null;
  }
}

/**
 * Take one step; null when the word cannot continue the number.
 *
 * @example
 * let s = stepNumber(START, { kind: "digit", value: 2 });
 * s = s && stepNumber(s, { kind: "group", factor: 10 });
 * s && numberValue(s);
 * //=> 20
 */
export function stepNumber(s: NumberState, step: NumberStep): NumberState | null {
  if (s.approx) return null;
  switch (step.kind) {
    case "numeral":
      return digitStep(s, step.value, false);
    case "digit":
      return digitStep(s, step.value, true);
    case "counter":
      // "seorang": a whole count by itself, closed to scales and digits.
      if (s.steps > 0) return null;
      return { ...s, pending: step.value, groupFloor: 1, largeFloor: 1, steps: 1 };
    case "half": {
      // "setengah juta" (0.5) or "dua setengah juta" (2.5).
      if (s.pending === null) return digitStep(s, 0.5, true);
      if (!Number.isInteger(s.pending)) return null;
      return { ...s, pending: s.pending + 0.5, steps: s.steps + 1 };
    }
    default:
      return scaleStep(s, step);
  }
}

/** Take the steps of one word (a "se-" word takes two); null if refused. */
export function stepWord(s: NumberState, steps: readonly NumberWord[]): NumberState | null {
  let cur: NumberState | null = s;
  for (const step of steps) {
    if (cur === null) return null;
    cur = stepNumber(cur, step);
  }
  return cur;
}

/** Close the number with an "-an" scale ("400 ribuan"): about that value. */
export function stepApprox(s: NumberState, step: NumberWord): NumberState | null {
  if (s.steps === 0) return null;
  const next = scaleStep(s, step);
  return next === null ? null : { ...next, approx: true };
}

/** The value of a state, rounded to remove binary noise (4,1 × 10⁶). */
export function numberValue(s: NumberState): number | null {
  if (s.steps === 0) return null;
  const v = s.total + s.group + (s.pending ?? 0);
  if (!Number.isFinite(v) || v < 0) return null;
  return Number.isInteger(v) ? v : Number.parseFloat(v.toPrecision(15));
}
