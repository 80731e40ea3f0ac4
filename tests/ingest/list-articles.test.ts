import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listArticles } from "../../src/ingest/list-articles.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "linimasa-list-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const problemsOf = async (seeds: string) =>
  (await listArticles(seeds)).problems.map((f) => [path.basename(f.path), f.messages[0]?.ruleId, f.messages[0]?.reason]);

describe("listArticles", () => {
  it("lists articles sorted by name and skips hidden files and other endings", async () => {
    for (const name of ["b.txt", "a.md", ".hidden.txt", "notes.docx"]) await writeFile(path.join(dir, name), "x");
    const { files, problems } = await listArticles(dir);
    expect(files.map((f) => f.name)).toEqual(["a.md", "b.txt"]);
    expect(problems).toEqual([]);
  });

  it("refuses two names that differ only in case", async () => {
    await writeFile(path.join(dir, "Berita.txt"), "x");
    await writeFile(path.join(dir, "berita.txt"), "y");
    expect(await problemsOf(dir)).toEqual([["berita.txt", "name-case-clash", expect.stringMatching(/only in case/)]]);
  });

  it("refuses two names that would write the same page (punctuation, extension)", async () => {
    for (const name of ["kabar-satu.txt", "kabar_satu.txt", "kabar-satu.md"]) await writeFile(path.join(dir, name), "x");
    const problems = await problemsOf(dir);
    expect(problems.map(([name, rule]) => [name, rule])).toEqual([
      ["kabar-satu.txt", "page-name-clash"],
      ["kabar_satu.txt", "page-name-clash"],
    ]);
    expect(problems[0]?.[2]).toMatch(/same page \(\/artikel\/kabar-satu\/\) as "kabar-satu\.md"/);
  });

  it("refuses a link that leads outside the folder or nowhere", async () => {
    const outside = await mkdtemp(path.join(tmpdir(), "linimasa-outside-"));
    await writeFile(path.join(outside, "secret.txt"), "x");
    await symlink(path.join(outside, "secret.txt"), path.join(dir, "link.txt"));
    await symlink(path.join(outside, "missing.txt"), path.join(dir, "dangling.txt"));
    expect((await problemsOf(dir)).map(([name, rule]) => [name, rule])).toEqual([
      ["dangling.txt", "link-outside-seeds"],
      ["link.txt", "link-outside-seeds"],
    ]);
    await rm(outside, { recursive: true, force: true });
  });
});
