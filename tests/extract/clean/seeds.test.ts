import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanLines } from "../../../src/extract/clean/clean-lines.ts";
import { readSeeds } from "./fixtures/seeds.ts";

const mapping = JSON.parse(readFileSync(new URL("./fixtures/seed-boilerplate.json", import.meta.url), "utf8")) as Record<
  string,
  { ref: string; lines: number[] }[]
>;

describe("cleanLines on the five seeds", () => {
  for (const seed of readSeeds()) {
    describe(seed.file, () => {
      const result = cleanLines(seed.lines);
      const entries = mapping[seed.file] ?? [];
      const textOf = (n: number) => seed.lines.find((l) => l.line === n)?.text.trim();

      it("maps every boilerplate entry of seeds.json to lines of the file", () => {
        expect(entries.map((e) => e.ref)).toEqual(seed.ref.boilerplate);
        for (const e of entries) {
          // An entry that is a whole line must be that line.
          if (seed.lines.some((l) => l.text.trim() === e.ref)) expect(e.lines.map(textOf)).toContain(e.ref);
        }
      });

      it("removes every boilerplate line listed in seeds.json and no other line", () => {
        const expected = entries.flatMap((e) => e.lines).sort((a, b) => a - b);
        expect(result.removed.map((r) => r.line)).toEqual(expected);
      });

      it("keeps the headline out of the body and matches the reference title", () => {
        expect(result.headline?.text ?? null).toBe(seed.ref.title);
        expect(result.kept.map((k) => k.text)).not.toContain(seed.ref.title);
      });

      it("finds the subheadings of the reference", () => {
        expect(result.subheadings.map((i) => result.kept[i]!.text)).toEqual(seed.ref.subheadings ?? []);
      });
    });
  }

  it("drops seed 001's linked headline after 'Baca Juga:' but keeps seed 000's sentence after 'Baca Juga'", () => {
    const [s000, s001] = readSeeds();
    const r000 = cleanLines(s000!.lines);
    const r001 = cleanLines(s001!.lines);
    expect(r000.kept.some((k) => k.text.startsWith("Pada Jumat (31/1), militer Ukraina"))).toBe(true);
    expect(r001.removed.find((r) => r.line === 25)).toMatchObject({ rule: "related-marker" });
  });
});
