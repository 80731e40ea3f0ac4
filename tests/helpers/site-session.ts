/**
 * One static server and one Chromium per browser test file, over the site
 * that the global setup built from the seeds, plus what the tests need to
 * know about it (its entries, its digest, a page of each type).
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import type { Digest } from "../../src/schema/digest.ts";
import type { Entry } from "../../src/schema/entry.ts";
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

/** The entries and digest the built site publishes. */
export function siteData(siteDir: string): { entries: Entry[]; digest: Digest } {
  const read = (file: string) => JSON.parse(readFileSync(path.join(siteDir, "data", file), "utf8")) as unknown;
  return { entries: read("entries.json") as Entry[], digest: read("digest.json") as Digest };
}

/** One page of each type of the seeds' site. */
export function pageTypes(siteDir: string): { name: string; url: string }[] {
  const { entries } = siteData(siteDir);
  const richest = [...entries].sort((a, b) => b.figures.length - a.figures.length)[0]!;
  const month = richest.published.start.slice(0, 7).replace("-", "/");
  return [
    { name: "home", url: "/" },
    { name: "month", url: `/linimasa/${month}/` },
    { name: "entry", url: `/artikel/${richest.id}/` },
    { name: "events", url: "/peristiwa/" },
    { name: "events of a year", url: `/peristiwa/${month.slice(0, 4)}/` },
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
