import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkLexicon, LEXICON_DIR, once } from "../../src/lexicon/define-lexicon.ts";

const Measures = z.object({ units: z.array(z.string().min(1)), maxLength: z.number().int().positive() });

describe("checkLexicon", () => {
  it("gives the data of a lexicon that fits its schema", () => {
    expect(checkLexicon("src/lexicon/x.yaml", "units: [km]\nmaxLength: 3\n", Measures)).toEqual({ ok: true, data: { units: ["km"], maxLength: 3 } });
  });

  it("names the file, line and column of every value that does not fit, and the field", () => {
    const result = checkLexicon("src/lexicon/x.yaml", "units:\n  - km\n  - 3\nmaxLength: -1\n", Measures);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^src\/lexicon\/x\.yaml:3:5  units\.1: /u);
    expect(issues[1]).toMatch(/^src\/lexicon\/x\.yaml:4:12  maxLength: /u);
  });

  it("places a missing key at the map that lacks it", () => {
    const result = checkLexicon("src/lexicon/x.yaml", "units: [km]\n", Measures);
    expect(result.ok ? [] : result.issues).toEqual([expect.stringMatching(/^src\/lexicon\/x\.yaml:1:1  maxLength: /u)]);
  });

  it("reports broken YAML with its place", () => {
    const result = checkLexicon("src/lexicon/x.yaml", "units: [km\nmaxLength: 3\n", Measures);
    expect(result.ok ? [] : result.issues).toEqual([expect.stringMatching(/^src\/lexicon\/x\.yaml:\d+:\d+  /u)]);
  });
});

describe("once", () => {
  it("works a value out on the first call only", () => {
    let calls = 0;
    const value = once(() => ++calls);
    expect([value(), value()]).toEqual([1, 1]);
  });
});

describe("the lexicons", () => {
  const files = readdirSync(LEXICON_DIR).filter((f) => f.endsWith(".yaml"));

  it("write their keys in one style, camelCase", () => {
    const snake = files.flatMap((f) =>
      readFileSync(path.join(LEXICON_DIR, f), "utf8")
        .split("\n")
        .flatMap((line, i) => {
          // A key at the start of a line or of a flow mapping entry; category ids (deployed, additional_deployed …) are values of the schema, not key style.
          const m = /^\s*(?:-\s+)?([a-z]+_[a-z_]+):/u.exec(line);
          return m && !["additional_deployed"].includes(m[1]!) ? [`${f}:${i + 1} ${m[1]}`] : [];
        }),
    );
    expect(snake).toEqual([]);
  });

  it("list month and weekday names in one file only", () => {
    const names = /\b(?:Januari|Februari|Oktober|Desember|Senin|Selasa|Kamis|Sabtu)\b/iu;
    const listing = files.filter((f) =>
      readFileSync(path.join(LEXICON_DIR, f), "utf8")
        .split("\n")
        // Examples, comments and quoted sample texts may name a month; lists of words may not.
        .some((line) => !/^\s*#|examples|description:|text:|counterexamples|^\s*- '/u.test(line) && names.test(line)),
    );
    expect(listing).toEqual([]);
  });

  it("never read a file when a module is imported, only on first use", () => {
    const eager = readdirSync(path.join(LEXICON_DIR, ".."), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      // A module-level statement that calls a lexicon getter outside a function.
      .filter((f) => /^(?:const|let|export const) \w+ = (?!once\(|defineLexicon\()[^\n]*\b(?:[a-zA-Z]+Lexicon|loadOutlets|loadCredits|loadBoilerplate|dateVocabulary|calendarNames|numbersLexicon|quantityWords|categoryWords)\(\)/mu.test(readFileSync(path.join(LEXICON_DIR, "..", f), "utf8")));
    expect(eager).toEqual([]);
  });
});
