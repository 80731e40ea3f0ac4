/**
 * One static server and one Chromium per browser test file, over the site
 * that the global setup built from the seeds, and a page of each type of it.
 */
import type { Server } from "node:http";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchBrowser } from "./browser.ts";
import { serveStatic } from "./serve-static.ts";

export interface SiteSession {
  siteDir: string;
  base(): string;
  browser(): Browser;
  /** A new page in a fresh context (closed with the session). */
  open(url: string, options?: BrowserContextOptions): Promise<Page>;
}

/** Start the server and the browser before the file's tests, stop them after. */
export function useSite(): SiteSession {
  const siteDir = inject("siteDir");
  let server: Server | undefined;
  let browser: Browser | undefined;
  let base = "";
  beforeAll(async () => {
    ({ server, url: base } = await serveStatic(siteDir));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return {
    siteDir,
    base: () => base,
    browser: () => browser!,
    async open(url, options = {}) {
      const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      // Closing the page closes its context (quietly, if the browser is already closing).
      page.on("close", () => void context.close().catch(() => undefined));
      await page.goto(`${base}${url}`);
      return page;
    },
  };
}

/**
 * One page of each type of the seeds' site. The entry is 004, the seed with
 * the most figures (seven: "Ratusan", "Sekitar 600", "ribuan", 4.700, 600,
 * 2.000 and 18.000), estimated to April 2025.
 */
export function pageTypes(): { name: string; url: string }[] {
  return [
    { name: "home", url: "/" },
    { name: "month", url: "/linimasa/2025/04/" },
    { name: "entry", url: "/artikel/004-1f4d5a3d222f6a94/" },
    { name: "events", url: "/peristiwa/" },
    { name: "events of a year", url: "/peristiwa/2025/" },
    { name: "figures", url: "/angka/" },
    { name: "figures of a category", url: "/angka/tewas/" },
    { name: "claimants", url: "/sumber/" },
    { name: "claimant", url: "/sumber/nis/" },
    { name: "outlets", url: "/media/" },
    { name: "outlet", url: "/media/liputan6-com/" },
    { name: "search", url: "/cari/" },
    { name: "data", url: "/data/" },
    { name: "404", url: "/halaman-yang-tidak-ada/" },
  ];
}
