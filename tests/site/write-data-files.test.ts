import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeDataFiles } from "../../src/site/write-data-files.ts";
import type { Entry } from "../../src/schema/entry.ts";

const digest = { ledgers: [], corroborations: [], provenance: [], disagreements: [], events: [] };

describe("writeDataFiles", () => {
  it("writes entries.json as a JSON array, one entry per line, with markup escaped", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "linimasa-data-"));
    try {
      const raw = [{ id: "a", title: "<b>satu</b>", figures: [] }, { id: "b", title: "dua", figures: [] }] as unknown as Entry[];
      await writeDataFiles(dir, { raw, digest, feed: { items: [] } });
      const text = await readFile(path.join(dir, "data/entries.json"), "utf8");
      expect(text.split("\n")).toHaveLength(5);
      expect(text).not.toContain("<");
      expect(JSON.parse(text)).toEqual(raw);
      expect(JSON.parse(await readFile(path.join(dir, "data/digest.json"), "utf8"))).toEqual(digest);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("writes an empty array when there is no entry", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "linimasa-data-"));
    try {
      await writeDataFiles(dir, { raw: [], digest, feed: { items: [] } });
      expect(JSON.parse(await readFile(path.join(dir, "data/entries.json"), "utf8"))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
