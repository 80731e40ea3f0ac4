import { describe, expect, it } from "vitest";
import { citationOffsets } from "../../../src/extract/published/citation-offsets.ts";

const at = (offset: number) => ({ line: 1, column: offset + 1, offset });

describe("citationOffsets", () => {
  it("keeps the credits that quote a medium, not the medium a speaker spoke to", () =>
    expect(citationOffsets([{ text: "dikutip dari CNA", place: at(10) }, { text: "kepada AFP", place: at(40) }, { text: "Dilansir AFP", place: at(70) }])).toEqual([10, 70]));
});
