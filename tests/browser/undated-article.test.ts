/// <reference lib="dom" />
/**
 * An article nothing dates is published all the same, and listed apart: built
 * next to the seeds by the build run from its TypeScript sources (which must
 * hand its data to the compiled Eleventy plugin), the build warning and
 * succeeding, then read in Chromium.
 */
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSeedsWith } from "../helpers/seeds-with-article.ts";

const TITLE = "Pasukan Korea Utara Berlatih di Pangkalan Timur Rusia";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const URL = "/artikel/900-tanpa-tanggal/";

const session = useSeedsWith(path.join(import.meta.dirname, "fixtures", "undated-article.txt"), "900_tanpa-tanggal.txt", { program: "npx", args: ["tsx", "src/cli/build.ts"] });

async function open(url: string): Promise<Page> {
  const page = await session.browser().newPage();
  const response = await page.goto(`${session.built().base}${url}`);
  expect(response?.status()).toBe(200);
  return page;
}

describe("an article nothing dates", () => {
  it("is built, with a warning naming the file and the front-matter key to add", () => {
    expect(session.built().output).toMatch(/900_tanpa-tanggal\.txt:1:1 +warning +Nothing in the text dates this article.*`published: YYYY-MM-DD`.*\[no-date\]/u);
    expect(session.built().output).toMatch(/^Built 6 articles/mu);
  });

  it("has its own page, which says it is undated and where it is listed", async () => {
    const page = await open(URL);
    expect(await page.locator("h1").textContent()).toBe(TITLE);
    const facts = (await page.locator(".facts").textContent()) ?? "";
    expect(facts).toContain("tanpa tanggal: teksnya tidak menyebut kapan laporan ini terbit");
    expect(await page.locator(".facts a[href='/linimasa/tanpa-tanggal/']").count()).toBe(1);
    expect(await page.locator(".facts time").count()).toBe(0);
    expect(await page.locator("meta[property='article:published_time']").count()).toBe(0);
    await page.close();
  });

  it("is listed on the home page under 'Tanpa tanggal', after every month, and nowhere in the months", async () => {
    const page = await open("/");
    const headings = await page.locator("main section.month h2").allTextContents();
    expect(headings.at(-1)).toBe("Tanpa tanggal");
    expect(await page.locator("section.undated a.headline").allTextContents()).toEqual([TITLE]);
    expect(await page.locator("section.month:not(.undated) a.headline").allTextContents()).not.toContain(TITLE);
    expect(await page.locator("section.undated .report .undated").allTextContents()).toEqual(["tanpa tanggal"]);
    expect(await page.locator("nav.archive a[href='/linimasa/tanpa-tanggal/']").textContent()).toBe("Tanpa tanggal");
    await page.close();
  });

  it("is on the 'Tanpa tanggal' page, which the month pages link to", async () => {
    const page = await open("/linimasa/tanpa-tanggal/");
    expect(await page.locator("h1").textContent()).toBe("Laporan tanpa tanggal");
    expect(await page.locator("a.headline").allTextContents()).toEqual([TITLE]);
    expect(await page.locator("nav.archive [aria-current='page']").textContent()).toBe("Tanpa tanggal");
    await page.close();
    const month = await open("/linimasa/2025/02/");
    expect(await month.locator("a.headline").allTextContents()).not.toContain(TITLE);
    expect(await month.locator("nav.archive a[href='/linimasa/tanpa-tanggal/']").count()).toBe(1);
    await month.close();
  });

  it("stays out of the feeds, which need a date, and is in the data with a null date", async () => {
    const site = session.built().site;
    const feed = JSON.parse(await readFile(path.join(site, "feed.json"), "utf8")) as { items: { title: string }[] };
    expect(feed.items.map((i) => i.title)).not.toContain(TITLE);
    expect(feed.items).toHaveLength(5);
    expect(await readFile(path.join(site, "feed.xml"), "utf8")).not.toContain(TITLE);
    const entries = JSON.parse(await readFile(path.join(site, "data", "entries.json"), "utf8")) as { file: string; published: unknown }[];
    expect(entries.find((e) => e.file === "900_tanpa-tanggal.txt")?.published).toBeNull();
  });

  for (const scheme of ["light", "dark"] as const) {
    it.each(["/", "/linimasa/tanpa-tanggal/", URL])(`shows %s with no accessibility violation in ${scheme} mode`, async (url) => {
      // axe is injected as a script: the page's CSP would rightly block it.
      const context = await session.browser().newContext({ colorScheme: scheme, bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${session.built().base}${url}`);
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(
        (tags) => (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ runOnly: { type: "tag", values: tags } }),
        WCAG,
      );
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await context.close();
    });
  }
});
