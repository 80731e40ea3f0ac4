/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The quality bar of every page type in Chromium: WCAG 2.2 AA by axe-core in
 * light and dark mode, keyboard use, no request to another host, no script
 * the Content-Security-Policy blocks, the home page's weight, reading with
 * JavaScript off, 360 px screens and print.
 */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pageTypes, useSite } from "../helpers/site-session.ts";
import { REPORTS } from "./fixtures/seed-site.ts";

const site = useSite();
const types = pageTypes();
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Open `url` as a reader would see it, with the search results in when it is the search page. */
async function visit(page: Page, url: string): Promise<void> {
  const target = url === "/cari/" ? "/cari/?q=Kursk" : url;
  await page.goto(`${site.base()}${target}`);
  if (url === "/cari/") await page.locator(".pagefind-ui__result-title").first().waitFor();
}

describe("accessibility (axe-core, WCAG 2.2 AA)", () => {
  for (const scheme of ["light", "dark"] as const) {
    it.each(types)(`finds no violation on the $name page in ${scheme} mode`, async ({ url }) => {
      // axe is injected as a script: the page's CSP would rightly block it.
      const context = await site.browser().newContext({ colorScheme: scheme, bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await visit(page, url);
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate((tags) => (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ runOnly: { type: "tag", values: tags } }), WCAG);
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await context.close();
    });
  }
});

describe("keyboard", () => {
  it("reaches the skip link first, and it moves focus to the content", async () => {
    const page = await site.open("/");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Langsung ke isi");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("isi");
    await page.close();
  });

  it.each(types.filter((t) => ["home", "entry", "figures of a category", "claimant"].includes(t.name)))("reaches every link and control of the $name page with Tab", async ({ url }) => {
    const page = await site.open(url);
    const focusable = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("a[href], summary, [tabindex='0'], input, button")].filter((el) => el.getClientRects().length > 0 || el.tagName === "A").length,
    );
    const reached = new Set<string>();
    for (let i = 0; i < focusable + 5; i++) {
      await page.keyboard.press("Tab");
      reached.add(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return "";
        const all = [...document.querySelectorAll("*")];
        return `${el.tagName}#${all.indexOf(el)}`;
      }));
    }
    reached.delete("");
    const visible = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>("a[href], summary, [tabindex='0'], input, button")].filter((el) => el.getClientRects().length > 0).length);
    expect(reached.size).toBeGreaterThanOrEqual(visible);
    await page.close();
  });
});

describe("network and security", () => {
  it.each(types)("asks only this site for anything on the $name page, and breaks no CSP rule", async ({ url }) => {
    const context = await site.browser().newContext();
    const page = await context.newPage();
    const hosts = new Set<string>();
    const problems: string[] = [];
    page.on("request", (request) => hosts.add(new URL(request.url()).host));
    page.on("response", (response) => {
      // Only the 404 page itself may answer "not found".
      if (response.status() >= 400 && !(url.startsWith("/halaman-yang-tidak-ada") && response.request().isNavigationRequest())) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on("console", (message) => {
      if (message.type() === "error" && !/status of 404/.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await visit(page, url);
    await page.waitForLoadState("networkidle");
    expect([...hosts]).toEqual([new URL(site.base()).host]);
    expect(problems).toEqual([]);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
    expect(await page.locator('meta[name="referrer"]').getAttribute("content")).toBe("strict-origin-when-cross-origin");
    await context.close();
  });

  it("keeps the home page within 50 KB of HTML, CSS and JavaScript", async () => {
    const context = await site.browser().newContext();
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on("response", (response) => {
      if (/\.(?:css|js)$|\/$|\.html$/.test(new URL(response.url()).pathname)) sizes.push(response.body().then((b) => b.length));
    });
    await page.goto(`${site.base()}/`);
    await page.waitForLoadState("networkidle");
    const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect(total).toBeLessThanOrEqual(50 * 1024);
    await context.close();
  });
});

describe("without JavaScript", () => {
  it("shows the timeline, an entry's marked text and the charts", async () => {
    const page = await site.open("/", { javaScriptEnabled: false });
    expect(await page.locator("li.report").count()).toBe(5);
    await page.goto(`${site.base()}/artikel/${REPORTS[0]!.id}/`);
    expect(await page.locator(".text .claim").count()).toBeGreaterThan(0);
    await page.goto(`${site.base()}/angka/`);
    expect(await page.locator("figure.chart svg").first().isVisible()).toBe(true);
    await page.close();
  });

  it("offers a plain search form that explains where else to look", async () => {
    const page = await site.open("/cari/", { javaScriptEnabled: false });
    expect(await page.locator("form.search-form input[name=q]").isVisible()).toBe(true);
    expect(await page.locator(".search-help").textContent()).toContain("memerlukan JavaScript");
    await page.close();
  });
});

describe("screens, colour schemes and print", () => {
  it.each(types)("fits the $name page on a 360 px screen without sideways scrolling", async ({ url }) => {
    const page = await site.open(url, { viewport: { width: 360, height: 740 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });

  it("turns dark with the reader's colour scheme, chart text included", async () => {
    const colours = async (scheme: "light" | "dark") => {
      const page = await site.open("/angka/tewas/", { colorScheme: scheme });
      const result = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector(".chart-svg text")!).fill]);
      await page.close();
      return result;
    };
    const [light, dark] = [await colours("light"), await colours("dark")];
    expect(light[0]).toBe("rgb(253, 252, 249)");
    expect(dark[0]).toBe("rgb(23, 24, 27)");
    expect(dark[1]).toBe("rgb(236, 235, 232)");
  });

  it("prints the article without navigation", async () => {
    const page = await site.open(`/artikel/${REPORTS[0]!.id}/`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header nav").isVisible()).toBe(false);
    expect(await page.locator(".neighbours").isVisible()).toBe(false);
    expect(await page.locator(".text").isVisible()).toBe(true);
    await page.close();
  });
});
