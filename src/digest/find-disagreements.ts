/**
 * Disagreements: two claimants' estimates of the same category about the
 * same period whose ranges do not overlap (300 killed by one, at least 1,000
 * by another, both about January).
 */
import { lastDayOfMonth } from "../calendar/calendar.ts";
import type { Disagreement, Ledger, LedgerItem } from "../schema/digest.ts";

const monthStart = (day: string): string => `${day.slice(0, 7)}-01`;
const monthEnd = (day: string): string => lastDayOfMonth(day.slice(0, 7));
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

/** Of one claimant's estimates in a month: the one reaching lowest (smallest upper end) and the one reaching highest (largest lower end). */
interface Extremes {
  low: number;
  high: number;
}

function extremesByClaimant(items: readonly LedgerItem[], list: readonly number[]): Map<string, Extremes> {
  const out = new Map<string, Extremes>();
  for (const i of list) {
    const item = items[i]!;
    const e = out.get(item.claimant.id);
    if (!e) {
      out.set(item.claimant.id, { low: i, high: i });
      continue;
    }
    if ((item.max ?? Infinity) < (items[e.low]!.max ?? Infinity)) e.low = i;
    if ((item.min ?? 0) > (items[e.high]!.min ?? 0)) e.high = i;
  }
  return out;
}

/**
 * Two claimants disagree about a month when one's estimate lies wholly below
 * the other's. Each month is settled claimant by claimant, not estimate by
 * estimate: the lowest-reaching estimate of one against the highest-reaching
 * of the other, so the work grows with the estimates, not with their pairs,
 * and a claim repeated by a hundred articles is one disagreement.
 *
 * @example
 * findDisagreements(ledgers).map((d) => d.reason)
 * //=> ["NIS: 300 vs pejabat Barat: 1.000–… (killed, Januari 2025)"]
 */
export function findDisagreements(ledgers: readonly Ledger[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const ledger of ledgers) {
    const items = ledger.items.filter((i) => i.claimant.known || i.claimant.id !== "outlet");
    const buckets = new Map<string, number[]>();
    items.forEach((item, i) => {
      for (const month of monthsOf(item)) {
        const list = buckets.get(month);
        if (list) list.push(i);
        else buckets.set(month, [i]);
      }
    });
    const reported = new Set<string>();
    const report = (x: number, y: number): void => {
      const [a, b] = [items[x]!, items[y]!];
      const period = commonPeriod(a, b);
      if (!period) return;
      // One disagreement per pair of claimants, values and period, however many articles and months repeat it.
      const key = [[a.claimant.id, range(a)].join("="), [b.claimant.id, range(b)].join("=")].sort().join("|") + period.start + period.end;
      if (reported.has(key)) return;
      reported.add(key);
      out.push({
        category: ledger.category,
        period,
        a,
        b,
        reason: `${a.claimant.name}: ${range(a)} vs ${b.claimant.name}: ${range(b)} (${ledger.category}, ${period.start.slice(0, 7)}${period.end.slice(0, 7) !== period.start.slice(0, 7) ? `/${period.end.slice(0, 7)}` : ""})`,
      });
    };
    // One claimant wholly below the other when its lowest-reaching estimate is below the other's highest-reaching one
    // (open ends reach to 0 or infinity).
    const below = (low: number, high: number): void => {
      if ((items[low]!.max ?? Infinity) >= (items[high]!.min ?? 0)) return;
      // The earlier estimate of the ledger first.
      if (low < high) report(low, high);
      else report(high, low);
    };
    for (const list of buckets.values()) {
      const claimants = [...extremesByClaimant(items, list).values()];
      for (let x = 0; x < claimants.length; x++) {
        for (let y = x + 1; y < claimants.length; y++) {
          const [p, q] = [claimants[x]!, claimants[y]!];
          below(p.low, q.high);
          below(q.low, p.high);
        }
      }
    }
  }
  return out;
}
