/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * An article whose text holds markup and template syntax is shown as text
 * everywhere: built with the real command next to the seeds, then read in
 * Chromium.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSeedsWith } from "../helpers/seeds-with-article.ts";

const session = useSeedsWith(path.join(import.meta.dirname, "fixtures", "hostile-article.txt"), "900_hostile.txt", { program: process.execPath, args: ["bin/linimasa.mjs", "build"] });
const dialogs: string[] = [];

async function open(url: string): Promise<Page> {
  const page = await session.browser().newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${session.built().base}${url}`);
  return page;
}

describe("an article holding markup and template syntax", () => {
  it("shows its headline and text literally on its page, running nothing", async () => {
    const page = await open("/artikel/900-hostile/");
    expect(await page.locator("h1").textContent()).toContain("Uji <script>alert('judul')</script> {{ site.title }} {% raw %}");
    const text = (await page.locator(".text").textContent()) ?? "";
    expect(text).toContain('<script>alert("isi")</script>');
    expect(text).toContain('{{ linimasa.csp }} dan {% include "x.njk" %}');
    expect(text).toContain("<img src=x onerror=alert(1)>");
    expect(await page.locator("main script, main img").count()).toBe(0);
    expect(await page.locator(".text .claim a[href='/sumber/nis/']").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("shows its headline literally in the timeline and on its outlet's page", async () => {
    for (const url of ["/", "/media/contoh-com/"]) {
      const page = await open(url);
      expect(await page.locator("a.headline").allTextContents()).toContain("Uji <script>alert('judul')</script> {{ site.title }} {% raw %}");
      expect(await page.locator("main script").count()).toBe(0);
      await page.close();
    }
  });

  it("keeps the feeds well-formed", async () => {
    const feed = JSON.parse(await readFile(path.join(session.built().site, "feed.json"), "utf8")) as { items: { title: string }[] };
    expect(feed.items.map((i) => i.title)).toContain("Uji <script>alert('judul')</script> {{ site.title }} {% raw %}");
    const page = await open("/");
    const atom = await readFile(path.join(session.built().site, "feed.xml"), "utf8");
    expect(await page.evaluate((xml) => new DOMParser().parseFromString(xml, "application/xml").querySelector("parsererror") === null, atom)).toBe(true);
    await page.close();
  });

  it("opened no dialog anywhere", () => expect(dialogs).toEqual([]));
});
