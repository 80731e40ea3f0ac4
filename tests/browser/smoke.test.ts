import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { serveStatic } from "../helpers/serve-static.ts";

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  ({ server, url: base } = await serveStatic(inject("siteDir")));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("the built site in Chromium", () => {
  it("shows five entries in date order and follows one to its page", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const items = page.locator("li.report");
    await expect.poll(() => items.count()).toBe(5);
    const dates = await items.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
    expect([...dates].sort()).toEqual(dates);
    const link = items.nth(1).locator("a.headline");
    const title = (await link.textContent())?.trim() ?? "";
    await link.click();
    await page.waitForURL(/\/artikel\//);
    await expect.poll(() => page.locator("h1").textContent()).toBe(title);
    expect(await page.locator("article.entry p").count()).toBeGreaterThan(0);
    await page.close();
  });
});
