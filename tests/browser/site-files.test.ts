/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The built site as files: valid HTML (Nu Html Checker), no broken internal
 * link (linkinator), the metadata of every page, the feeds, the sitemap,
 * robots.txt and the data downloads.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { LinkChecker } from "linkinator";
import { describe, expect, it } from "vitest";
import { checkHtml } from "../helpers/nu-html-checker.ts";
import { useSite } from "../helpers/site-session.ts";
import { REPORTS } from "./fixtures/seed-site.ts";

const site = useSite();
const settings = JSON.parse(readFileSync("templates/_data/site.json", "utf8")) as { url: string; lang: string };
const read = (file: string) => readFileSync(path.join(site.siteDir, file), "utf8");

function htmlFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === "pagefind" ? [] : htmlFiles(path.join(dir, d.name), `${prefix}${d.name}/`)) : d.name.endsWith(".html") ? [`${prefix}${d.name}`] : [],
  );
}
const pages = htmlFiles(site.siteDir);
const urlOf = (file: string) => `/${file.replace(/index\.html$/, "")}`;
const newest = [...REPORTS].reverse();

describe("the built site's files", () => {
  it("has a page of every type", () => {
    for (const url of ["/", "/peristiwa/", "/angka/", "/angka/tewas/", "/sumber/", "/sumber/nis/", "/media/", "/media/tidak-diketahui/", "/cari/", "/data/", "/404.html", ...REPORTS.map((r) => `/artikel/${r.id}/`)])
      expect(pages.map(urlOf), url).toContain(url);
  });

  it("is valid HTML for the Nu Html Checker", async () => {
    const report = await checkHtml(site.siteDir);
    expect(report.messages.map((m) => `${m.url?.split(site.siteDir)[1] ?? m.type}:${m.lastLine} ${m.message}`)).toEqual([]);
    expect(report.exitCode).toBe(0);
  });

  it("uses a Nu Html Checker that finds a duplicate id and a stray end tag", async () => {
    const report = await checkHtml(path.join(import.meta.dirname, "fixtures", "invalid-page.html"));
    expect(report.messages.map((m) => `${m.lastLine} ${m.message}`)).toEqual(["10 Duplicate ID “ringkasan”.", "12 Stray end tag “div”."]);
    expect(report.exitCode).toBe(1);
  });

  it("has no broken internal link, fragment or stylesheet reference", async () => {
    const result = await new LinkChecker().check({
      path: site.siteDir,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      // A loaded machine can drop a connection among a hundred at once: fewer at a time, and a
      // network error (status 0) or 5xx is tried again; a missing page (404) never is.
      concurrency: 8,
      retryErrors: true,
      retryErrorsCount: 3,
      retryErrorsJitter: 200,
      linksToSkip: async (link) => /^(?:https?:)?\/\//.test(link) && !/^https?:\/\/(?:localhost|127\.0\.0\.1)[:/]/.test(link),
    });
    const broken = result.links.filter((l) => l.state === "BROKEN").map((l) => `${l.url} (status ${l.status}, from ${l.parent})`);
    expect(broken).toEqual([]);
    expect(result.links.filter((l) => l.state === "OK").length).toBeGreaterThan(REPORTS.length * 3);
  });

  it.each(pages)("gives %s its language, policies, description and Open Graph tags", (file) => {
    const html = read(file);
    const meta = (attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${settings.lang}">`));
    expect(meta("http-equiv", "Content-Security-Policy")).toMatch(/^default-src 'self';/);
    expect(meta("name", "referrer")).toBe("strict-origin-when-cross-origin");
    expect(meta("name", "description")?.length).toBeGreaterThan(20);
    expect(meta("property", "og:title")?.length).toBeGreaterThan(2);
    expect(meta("property", "og:url")).toBe(new URL(urlOf(file), settings.url).href);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("publishes an Atom feed of the reports, dated by their publication", async () => {
    const atom = read("feed.xml");
    const page = await site.open("/");
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      return { error: doc.querySelector("parsererror")?.textContent ?? null, ids: [...doc.querySelectorAll("entry > id")].map((n) => n.textContent), updated: [...doc.querySelectorAll("entry > updated")].map((n) => n.textContent), lang: doc.documentElement.getAttribute("xml:lang") };
    }, atom);
    await page.close();
    expect(parsed.error).toBeNull();
    expect(parsed.lang).toBe("id");
    expect(parsed.ids).toEqual(newest.map((r) => new URL(`/artikel/${r.id}/`, settings.url).href));
    expect(parsed.updated).toEqual(newest.map((r) => r.feedDate));
  });

  it("publishes a JSON Feed with the same items", () => {
    const feed = JSON.parse(read("feed.json")) as { version: string; language: string; items: { id: string; title: string; date_published: string; content_html: string }[] };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.language).toBe("id");
    expect(feed.items.map((i) => [i.title, i.date_published])).toEqual(newest.map((r) => [r.title, r.feedDate]));
    for (const item of feed.items) expect(item.content_html).not.toMatch(/<(?!\/?(?:p|h2)>)/);
  });

  it("lists every page but the 404 in sitemap.xml, at the site's address", () => {
    const locs = [...read("sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const expected = pages.filter((f) => f !== "404.html").map((f) => new URL(urlOf(f), settings.url).href);
    // Every page, ordered by its address (code units), whatever the template files' creation times.
    expect(locs).toEqual([...expected].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(locs).toEqual(expect.arrayContaining(["https://linimasa.example/", ...REPORTS.map((r) => `https://linimasa.example/artikel/${r.id}/`)]));
  });

  it("points robots to the sitemap", () => expect(read("robots.txt")).toContain(`Sitemap: ${new URL("/sitemap.xml", settings.url).href}`));

  it("offers the data downloads, with a JSON Schema of an entry, and links them from the Data page", () => {
    const schema = JSON.parse(read("data/entry.schema.json")) as { $id: string; properties: Record<string, unknown> };
    expect(schema.$id).toBe(new URL("/data/entry.schema.json", settings.url).href);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["id", "published", "claims", "figures"]));
    expect(JSON.parse(read("data/entries.json"))).toHaveLength(5);
    expect(read("data/figures.csv").split("\r\n")[0]).toMatch(/^entry,published,outlet,claimant/);
    const data = read("data/index.html");
    for (const file of ["entries.json", "entry.schema.json", "digest.json", "figures.csv"]) {
      expect(data).toContain(`href="/data/${file}"`);
      expect(existsSync(path.join(site.siteDir, "data", file))).toBe(true);
    }
  });

  it("holds a Pagefind index in Indonesian", () => {
    const entry = JSON.parse(read("pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.id?.page_count).toBe(5);
  });
});
