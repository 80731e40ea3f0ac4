import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { Entry } from "../../src/schema/entry.ts";

const site = inject("siteDir");
const page = (url: string) => readFile(path.join(site, url, url.endsWith(".json") ? "" : "index.html"), "utf8");

describe("npm run build on the seeds", () => {
  it("reports how many articles it built", () => {
    expect(inject("buildOutput")).toMatch(/Built 5 articles/);
  });

  it("lists the five articles on the home page, oldest first", async () => {
    const html = await page("/");
    const dates = [...html.matchAll(/<li class="report">\s*<time datetime="([^"]+)"/g)].map((m) => m[1]!);
    expect(dates).toHaveLength(5);
    expect([...dates].sort()).toEqual(dates);
    expect(html).toContain('<html lang="id">');
  });

  it("links every home-page item to an entry page that holds the article's text", async () => {
    const html = await page("/");
    const links = [...html.matchAll(/<a class="headline" href="([^"]+)">/g)].map((m) => m[1]!);
    expect(links).toHaveLength(5);
    const seeds = (await readdir("seeds")).filter((n) => n.endsWith(".txt"));
    const texts = await Promise.all(seeds.map((n) => readFile(path.join("seeds", n), "utf8")));
    for (const link of links) {
      const entryPage = await page(link);
      const firstParagraph = /<div class="text">\s*<(?:p|h2)>([\s\S]*?)<\/(?:p|h2)>/.exec(entryPage)?.[1];
      expect(firstParagraph, link).toBeDefined();
      // The article's own words, without the labels marking claims and figures.
      const plain = firstParagraph!
        .replace(/<small[\s\S]*?<\/small>/g, "")
        .replace(/<[^>]+>/g, "")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&")
        .trim()
        .slice(0, 40);
      expect(plain.length, link).toBe(40);
      expect(texts.some((t) => t.includes(plain)), `${link} shows text from a seed: ${plain}`).toBe(true);
    }
  });

  it("publishes /data/entries.json with one valid entry per article", async () => {
    const entries = JSON.parse(await page("/data/entries.json")) as unknown[];
    expect(entries).toHaveLength(5);
    for (const e of entries) expect(Entry.safeParse(e).success).toBe(true);
  });
});
