import { describe, expect, it } from "vitest";
import { findDisagreements } from "../../src/digest/find-disagreements.ts";
import type { Ledger, LedgerItem } from "../../src/schema/digest.ts";

let n = 0;
function item(claimant: string, min: number | null, max: number | null, month = "2025-01"): LedgerItem {
  n++;
  return {
    category: "killed",
    entry: `e${n}`,
    entryTitle: `Artikel ${n}`,
    outlet: "Antara",
    published: `${month}-20`,
    claimant: { id: claimant, name: claimant.toUpperCase(), known: true },
    min,
    max,
    bound: null,
    vague: false,
    hedge: "reported",
    text: String(min),
    quote: String(min),
    when: { iso: month, precision: "month", start: `${month}-01`, end: `${month}-28`, basis: "refers-to", estimated: false },
    figure: 0,
    chain: [{ name: claimant.toUpperCase(), id: claimant, role: "claimant" }, { name: "Antara", id: "antara", role: "outlet" }],
  };
}

const ledger = (items: LedgerItem[]): Ledger[] => [{ category: "killed", items } as Ledger];

describe("findDisagreements", () => {
  it("finds two claimants whose estimates of the same month do not overlap", () => {
    const found = findDisagreements(ledger([item("nis", 300, 300), item("western", 1000, null)]));
    expect(found.map((d) => d.reason)).toEqual(["NIS: 300 vs WESTERN: 1.000–… (killed, 2025-01)"]);
  });

  it("finds none when the ranges overlap, the months differ, or the claimant is the same", () => {
    expect(findDisagreements(ledger([item("nis", 300, 1200), item("western", 1000, null)]))).toEqual([]);
    expect(findDisagreements(ledger([item("nis", 300, 300, "2025-01"), item("western", 1000, null, "2025-03")]))).toEqual([]);
    expect(findDisagreements(ledger([item("nis", 300, 300), item("nis", 1000, 1000)]))).toEqual([]);
  });

  it("reports a claim repeated by many articles once", () => {
    const items = [...Array.from({ length: 50 }, () => item("nis", 300, 300)), ...Array.from({ length: 50 }, () => item("western", 1000, null))];
    expect(findDisagreements(ledger(items))).toHaveLength(1);
  });

  it("settles a month claimant by claimant: the furthest-apart estimates of two claimants, not every pair", () => {
    const items = Array.from({ length: 400 }, (_, i) => item(i % 2 ? "nis" : "western", i % 2 ? 100 + i : 5000 + i, i % 2 ? 100 + i : 5000 + i));
    const found = findDisagreements(ledger(items));
    // NIS's lowest (101) against Western's highest (5,398): the widest disagreement, once.
    expect(found.map((d) => [d.a.claimant.id, d.a.min, d.b.claimant.id, d.b.min])).toEqual([["nis", 101, "western", 5398]]);
  });
});
