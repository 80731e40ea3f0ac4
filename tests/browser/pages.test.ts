/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Each page type of the seeds' site in Chromium, on a phone (390 px) and a
 * desktop (1280 px): what a reader sees, checked against the published data.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatCount } from "../../src/site/format-count.ts";
import { siteData, useSite } from "../helpers/site-session.ts";

const site = useSite();
const { entries, digest } = siteData(site.siteDir);
const metro = entries.find((e) => e.source.outlet === "Metrotvnews.com")!;
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const text = (page: Page, selector: string) => page.locator(selector).allTextContents().then((t) => t.map(squash));
const titles = (list: typeof entries) => list.map((e) => squash(e.title));
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.each([390, 1280])("at %i px", (width) => {
  const open = (url: string) => site.open(url, { viewport: { width, height: 900 } });

  it("home: lists the five reports oldest first, each with date, outlet, headline and figures", async () => {
    const page = await open("/");
    const items = page.locator("li.report");
    expect(await items.count()).toBe(5);
    expect(await text(page, "li.report .headline")).toEqual(titles(entries));
    expect(await text(page, "li.report .outlet")).toEqual(entries.map((e) => e.source.outlet ?? "Media tidak diketahui"));
    const dates = await items.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
    expect([...dates].sort()).toEqual(dates);
    const estimated = await items.locator("time.estimated").allTextContents();
    expect(estimated).toHaveLength(entries.filter((e) => e.published.estimated).length);
    for (const label of estimated) expect(label).toMatch(/^perkiraan: /);
    const metroItem = items.nth(entries.indexOf(metro));
    expect(await metroItem.locator(".figures").textContent()).toContain("tewas: 300 · luka: 2.700");
    expect(await fitsWidth(page)).toBe(true);
    await page.close();
  });

  it("home: follows a headline to its entry page", async () => {
    const page = await open("/");
    const link = page.locator("li.report a.headline").nth(1);
    await link.click();
    await page.waitForURL(/\/artikel\//);
    expect(squash((await page.locator("h1").textContent()) ?? "")).toBe(squash(entries[1]!.title));
    await page.close();
  });

  it("entry: shows the report with its claims and figures marked, and its sources", async () => {
    const entry = metro;
    const page = await open(`/artikel/${entry.id}/`);
    expect(await page.locator(".kicker").textContent()).toBe(entry.source.outlet ?? "Media tidak diketahui");
    expect(await page.locator(".facts").textContent()).toContain("dari baris penulis");
    // Every claim sentence is wrapped and tagged with a link to its claimant.
    expect(await page.locator(".text .claim").count()).toBe(entry.claims.length);
    const nis = page.locator(".text .claim").filter({ has: page.locator('a[href="/sumber/nis/"]') });
    expect(await nis.count()).toBe(entry.claims.filter((c) => [c.claimant, ...c.also].some((x) => x.id === "nis")).length);
    // Every figure shows its value and category.
    const figures = page.locator("article data.fig");
    expect(await figures.count()).toBe(entry.figures.length);
    expect(await page.locator('data.fig[value="300"] .fig-tag').textContent()).toBe(" (tewas: 300)");
    expect(await page.locator('data.fig[value="2700"] .fig-tag').textContent()).toBe(" (luka: 2.700)");
    // Dropped boilerplate is there, collapsed, with the rule of each line.
    const removed = page.locator("details.removed");
    expect(await removed.getAttribute("open")).toBeNull();
    expect(await removed.locator("tbody tr").count()).toBe(entry.removed.length);
    expect(await removed.locator("tbody code").allTextContents()).toEqual(entry.removed.map((r) => r.rule));
    expect(await page.locator(".facts").textContent()).toContain(entry.source.author!);
    expect(await fitsWidth(page)).toBe(true);
    await page.locator('.text a[href="/sumber/nis/"]').first().click();
    await page.waitForURL(/\/sumber\/nis\/$/);
    await page.close();
  });

  it("entry: links to the previous and next reports", async () => {
    const page = await open(`/artikel/${entries[2]!.id}/`);
    expect(await page.locator('.neighbours a[rel="prev"]').getAttribute("href")).toBe(`/artikel/${entries[1]!.id}/`);
    expect(await page.locator('.neighbours a[rel="next"]').getAttribute("href")).toBe(`/artikel/${entries[3]!.id}/`);
    await page.close();
  });

  it("figures: draws each estimate in the chart and lists the same numbers in its table", async () => {
    const page = await open("/angka/tewas/");
    const ledger = digest.ledgers.find((l) => l.category === "killed")!;
    const chart = page.locator("figure.chart svg[role=img]");
    expect(await chart.locator("title").textContent()).toBe("Perkiraan jumlah tewas menurut sumber");
    const rows = page.locator(".figures-table tbody tr");
    expect(await rows.count()).toBe(ledger.items.length);
    const tableValues = await rows.locator(".value").allTextContents();
    expect([...tableValues].sort()).toEqual(ledger.items.map((i) => formatCount(i.min, i.max)).sort());
    // Points for single values and open bounds, bars for ranges, arrow heads for open bounds;
    // an estimate told twice for the same time by the same claimant is one mark.
    const marks = [...new Map(ledger.items.map((i) => [`${i.when.start}|${i.when.end}|${i.claimant.name}|${i.min}|${i.max}`, i])).values()];
    const ranges = marks.filter((i) => i.min !== null && i.max !== null && i.min !== i.max).length;
    const openBounds = marks.filter((i) => i.min === null || i.max === null).length;
    expect(await chart.locator(".layer_5_marks path").count()).toBe(marks.length - ranges);
    expect(await chart.locator(".layer_0_marks line").count()).toBe(ranges);
    expect(await chart.locator(".layer_2_marks path, .layer_4_marks path").count()).toBe(openBounds);
    // The legend names the claimants of the table.
    const legend = await chart.locator(".role-legend-label text").allTextContents();
    expect([...legend].sort()).toEqual([...new Set(ledger.items.map((i) => i.claimant.name))].sort());
    // Disagreements are flagged in the table.
    const disputed = digest.disagreements.filter((d) => d.category === "killed").length;
    expect(await page.locator(".figures-table tr.disputed").count()).toBe(disputed * 2);
    expect(await page.locator(".disagreements li").count()).toBe(disputed);
    expect(await fitsWidth(page)).toBe(true);
    await page.close();
  });

  it("figures: shows a chart and a table for every category on the Angka page", async () => {
    const page = await open("/angka/");
    const sections = digest.ledgers.filter((l) => l.category !== "other" && l.items.length > 0);
    expect(await page.locator("section.figure-section").count()).toBe(sections.length);
    expect(await page.locator("section.figure-section svg[role=img]").count()).toBe(sections.length);
    expect(await page.locator("section.figure-section table").count()).toBe(sections.length);
    await page.close();
  });

  it("claimant: lists every claim of NIS over time, with its description", async () => {
    const page = await open("/sumber/nis/");
    expect(await page.locator("h1").textContent()).toBe("NIS");
    expect(await page.locator(".lead").textContent()).toContain("Badan Intelijen Nasional Korea Selatan");
    const claims = entries.flatMap((e) => e.claims.filter((c) => [c.claimant, ...c.also].some((x) => x.id === "nis")));
    const items = page.locator("li.claim-item");
    expect(await items.count()).toBe(claims.length);
    expect(await text(page, "li.claim-item blockquote")).toEqual(expect.arrayContaining(claims.map((c) => c.text.replace(/\s+/g, " ").trim())));
    const dates = await items.locator(".when time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime")!.slice(0, 10)));
    expect(dates.map((d) => d.slice(0, 7))).toEqual([...dates].sort().map((d) => d.slice(0, 7)));
    expect(await page.locator("li.claim-item .fig-tag").allTextContents()).toEqual(expect.arrayContaining(["tewas: 300", "luka: 2.700"]));
    // A claim links to its sentence on the entry page.
    const href = (await items.first().locator(".src a").getAttribute("href"))!;
    await page.goto(`${site.base()}${href}`);
    expect(await page.locator(`[id="${href.split("#")[1]}"]`).count()).toBe(1);
    await page.close();
  });

  it("outlet: lists the reports of Liputan6.com", async () => {
    const page = await open("/media/liputan6-com/");
    expect(await page.locator("h1").textContent()).toBe("Liputan6.com");
    expect(await text(page, "li.report .headline")).toEqual(entries.filter((e) => e.source.outlet === "Liputan6.com").map((e) => squash(e.title)));
    await page.close();
  });

  it("outlets and claimants: index every outlet and claimant", async () => {
    const page = await open("/media/");
    expect(await page.locator(".outlets li").count()).toBe(new Set(entries.map((e) => e.source.outlet)).size);
    await page.goto(`${site.base()}/sumber/`);
    const ids = new Set(entries.flatMap((e) => [...e.claims.flatMap((c) => [c.claimant, ...c.also]), ...e.figures.map((f) => f.claimant)].map((c) => c.id)));
    expect(await page.locator("tbody tr").count()).toBe(ids.size);
    await page.close();
  });

  it("events: lists what happened in time order, each with the reports that mention it", async () => {
    const page = await open("/peristiwa/");
    const events = page.locator("li.event");
    expect(await events.count()).toBe(digest.events.length);
    expect(await text(page, "li.event > p")).toEqual(digest.events.map((e) => e.text.replace(/\s+/g, " ").trim()));
    const mentions = await events.evaluateAll((els) => els.map((el) => el.querySelectorAll(".mentions a").length));
    expect(mentions).toEqual(digest.events.map((e) => e.mentions.length));
    await page.close();
  });

  it("month: lists the reports of one month", async () => {
    const page = await open("/linimasa/2025/02/");
    expect(await text(page, "li.report .headline")).toEqual(titles(entries.filter((e) => e.published.start.startsWith("2025-02"))));
    await page.close();
  });

  it("search: finds reports about Kursk with Pagefind", async () => {
    const page = await open("/cari/?q=Kursk");
    // Results load one by one: wait until every title has arrived.
    const loaded = async () => {
      const list = await text(page, ".pagefind-ui__result-title");
      return list.length > 0 && list.every((t) => titles(entries).includes(t)) ? list : [];
    };
    await expect.poll(loaded, { timeout: 10_000 }).not.toEqual([]);
    const kursk = entries.filter((e) => e.title.includes("Kursk") || e.sentences.some((x) => x.text.includes("Kursk")));
    expect([...(await loaded())].sort()).toEqual(titles(kursk).sort());
    expect(await page.locator(".search-form").isHidden()).toBe(true);
    // Typing a new query searches again, with filters by outlet and claimant.
    await page.locator("#pencarian input.pagefind-ui__search-input").fill("Riyadh");
    const riyadh = titles(entries.filter((e) => e.sentences.some((x) => x.text.includes("Riyadh"))));
    await expect.poll(loaded, { timeout: 10_000 }).toEqual(riyadh);
    expect(await text(page, ".pagefind-ui__filter-name")).toEqual(expect.arrayContaining(["Media", "Sumber"]));
    await page.close();
  });

  it("404: tells the reader the page is missing and where to go", async () => {
    const page = await open("/halaman-yang-tidak-ada/");
    expect(await page.locator("h1").textContent()).toBe("Halaman tidak ditemukan");
    expect(await page.locator('main a[href="/"]').count()).toBe(1);
    await page.close();
  });
});
