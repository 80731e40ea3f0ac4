/**
 * Disagreements: two claimants' estimates of the same category about the
 * same period whose ranges do not overlap (300 killed by one, at least 1,000
 * by another, both about January).
 */
import type { Disagreement, Ledger, LedgerItem } from "../schema/digest.ts";

const monthStart = (day: string): string => `${day.slice(0, 7)}-01`;
const monthEnd = (day: string): string => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);
const fmt = (n: number | null): string => (n === null ? "?" : n.toLocaleString("id-ID"));
const range = (i: LedgerItem): string => (i.min === i.max ? fmt(i.min) : `${fmt(i.min)}–${i.max === null ? "…" : fmt(i.max)}`);

/** The periods overlap when compared month by month; the common part, or null. */
function commonPeriod(a: LedgerItem, b: LedgerItem): { start: string; end: string } | null {
  const start = [monthStart(a.when.start), monthStart(b.when.start)].sort()[1]!;
  const end = [monthEnd(a.when.end), monthEnd(b.when.end)].sort()[0]!;
  return start <= end ? { start, end } : null;
}

/** The months (YYYY-MM) an estimate holds for, at most two years of them. */
function monthsOf(i: LedgerItem): string[] {
  const out: string[] = [];
  let [y, m] = [Number(i.when.start.slice(0, 4)), Number(i.when.start.slice(5, 7))];
  const last = i.when.end.slice(0, 7);
  for (let n = 0; n < 24; n++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= last) break;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

/** True when the two value ranges share no number (open ends reach to 0 or infinity). */
function apart(a: LedgerItem, b: LedgerItem): boolean {
  const [aLo, aHi] = [a.min ?? 0, a.max ?? Infinity];
  const [bLo, bHi] = [b.min ?? 0, b.max ?? Infinity];
  return aHi < bLo || bHi < aLo;
}

/**
 * @example
 * findDisagreements(ledgers).map((d) => d.reason)
 * //=> ["NIS: 300 vs pejabat Barat: 1.000–… (killed, Januari 2025)"]
 */
export function findDisagreements(ledgers: readonly Ledger[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const ledger of ledgers) {
    const items = ledger.items.filter((i) => i.claimant.known || i.claimant.id !== "outlet");
    // Only estimates of a common month can disagree: compare within month buckets, not all pairs.
    const buckets = new Map<string, number[]>();
    items.forEach((item, i) => {
      for (const month of monthsOf(item)) {
        const list = buckets.get(month);
        if (list) list.push(i);
        else buckets.set(month, [i]);
      }
    });
    const compared = new Set<string>();
    const reported = new Set<string>();
    for (const list of buckets.values()) {
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const pair = `${list[x]}:${list[y]}`;
          if (compared.has(pair)) continue;
          compared.add(pair);
          const a = items[list[x]!]!;
          const b = items[list[y]!]!;
          if (a.claimant.id === b.claimant.id || !apart(a, b)) continue;
          const period = commonPeriod(a, b);
          if (!period) continue;
          // One disagreement per pair of claimants and period, however many articles repeat it.
          const key = [[a.claimant.id, range(a)].join("="), [b.claimant.id, range(b)].join("=")].sort().join("|") + period.start + period.end;
          if (reported.has(key)) continue;
          reported.add(key);
          out.push({
            category: ledger.category,
            period,
            a,
            b,
            reason: `${a.claimant.name}: ${range(a)} vs ${b.claimant.name}: ${range(b)} (${ledger.category}, ${period.start.slice(0, 7)}${period.end.slice(0, 7) !== period.start.slice(0, 7) ? `/${period.end.slice(0, 7)}` : ""})`,
          });
        }
      }
    }
  }
  return out;
}
