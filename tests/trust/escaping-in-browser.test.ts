/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser: they use the DOM types.)
/**
 * The hostile corpus (script tags, event handlers, template syntax, raw HTML
 * in markdown, odd Unicode, a 200,000-character line, a file name that is a
 * payload) builds, every page shows the articles' text exactly as text, and in
 * headless Chromium no injected script ever runs.
 */
import { createHash } from "node:crypto";
import type { Server } from "node:http";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry } from "../../src/schema/entry.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { serveStatic } from "../helpers/serve-static.ts";
import { FIXTURES, HOSTILE_NAME, hashTree, runBuild, writeHostileCorpus, type BuildResult } from "./helpers/trust-corpus.ts";

let root: string;
let site: string;
let names: string[];
let build: BuildResult;
let entries: Entry[];
let files: string[];
let browser: Browser;
let server: Server;
let base: string;
/** What Chromium saw on every page, visited once each. */
const visits = new Map<string, Visit>();

/** What one page showed and did while it loaded. */
interface Visit {
  /** The marker payloads set, or null. */
  pwned: unknown;
  title: string;
  h1: string | null;
  /** The page's text as `shownText` below describes it. */
  shown: string;
  /** Event-handler attributes, payload URLs and embedding elements found in the DOM. */
  bad: string[];
  /** True when the page is still at the address it was loaded from (no refresh, no redirect). */
  stayed: boolean;
  dialogs: string[];
  errors: string[];
  csp: string[];
}

/**
 * Load every page once in one tab and record what a visitor's browser would
 * report: dialogs, script errors, CSP violations, the marker, the DOM.
 */
async function visitAll(urls: string[]): Promise<void> {
  const page = await browser.newPage();
  let dialogs: string[] = [];
  let errors: string[] = [];
  let csp: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) csp.push(message.text());
  });
  for (const url of urls) {
    dialogs = [];
    errors = [];
    csp = [];
    await page.goto(`${base}${url}`, { waitUntil: "load" });
    const seen = await page.evaluate(inspectPage);
    visits.set(url, { ...seen, stayed: page.url() === `${base}${url}`, dialogs, errors, csp });
  }
  await page.close();
}

/**
 * Runs in the page. `shown` is the text of `main` without what the site
 * marks as not part of it (claimant and figure labels) and without the ASCII
 * spaces and line breaks that set those labels apart: every other character
 * (NBSP, controls, marks, RTL) must be there as written.
 */
function inspectPage(): Omit<Visit, "stayed" | "dialogs" | "errors" | "csp"> {
  const bad: string[] = [];
  const urlAttribute = /^(href|src|action|formaction|data|poster|srcdoc|xlink:href|background|ping)$/i;
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) bad.push(`<${el.localName} ${a.name}>`);
      if (urlAttribute.test(a.name) && /__pwned|PWNED/.test(a.value)) bad.push(`<${el.localName} ${a.name}="${a.value}">`);
    }
  }
  for (const el of document.querySelectorAll("iframe, frame, object, embed, base, meta[http-equiv='refresh' i]")) bad.push(`<${el.localName}>`);
  for (const s of document.scripts) if (/__pwned|PWNED/.test(s.textContent ?? "")) bad.push("<script> with a payload");
  const main = document.querySelector("main")?.cloneNode(true) as HTMLElement | undefined;
  for (const el of main?.querySelectorAll("[data-pagefind-ignore]") ?? []) el.remove();
  return {
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    title: document.title,
    h1: document.querySelector("h1")?.textContent ?? null,
    shown: (main?.textContent ?? "").replace(/[ \t\n\r]+/g, ""),
    bad,
  };
}

/** Text as `shown` holds it. */
const unspaced = (text: string) => text.replace(/[ \t\n\r]+/g, "");

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "linimasa-trust-hostile-"));
  names = await writeHostileCorpus(path.join(root, "seeds"));
  site = path.join(root, "_site");
  build = await runBuild({ seeds: path.join(root, "seeds"), out: site, timeoutMs: 240_000 });
  if (build.code !== 0) throw new Error(`the hostile corpus did not build:\n${build.stderr}`);
  entries = JSON.parse(await readFile(path.join(site, "data/entries.json"), "utf8")) as Entry[];
  files = [...(await hashTree(site)).entries()].filter(([, hash]) => hash !== "dir").map(([rel]) => `/${rel}`);
  ({ server, url: base } = await serveStatic(site));
  browser = await launchBrowser();
  await visitAll(pages());
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

const pages = () => files.filter((f) => f.endsWith(".html"));
const read = (file: string) => readFile(path.join(site, file), "utf8");
const entryNamed = (name: string) => entries.find((e) => e.file === name)!;
const pageOf = (entry: Entry) => visits.get(`/artikel/${entry.id}/index.html`)!;

describe("the hostile corpus, built by npm run build", () => {
  it("builds in bounded time with exit code 0 and publishes every article", () => {
    expect(build.timedOut).toBe(false);
    expect(entries.map((e) => e.file).sort()).toEqual(names);
  });

  it("never writes a payload from the text as markup into any HTML, XML or JSON file", async () => {
    for (const file of files.filter((f) => /\.(html|xml|json)$/.test(f))) {
      // Quoted attribute values hold escaped text (a description may well
      // quote a payload); what is left is markup, where no payload may stand.
      const markup = (await read(file)).replace(/="[^"]*"|='[^']*'/g, "=''");
      const found = /<[a-z!/?][^<>]*(?:__pwned|PWNED)/i.exec(markup)?.[0];
      expect(found, file).toBeUndefined();
    }
  });

  it("keeps every URL that reaches a page to http(s)", async () => {
    for (const file of pages()) {
      const links = [...(await read(file)).matchAll(/\s(?:href|src|action|formaction|poster|data)\s*=\s*["']?\s*([a-z][a-z0-9+.-]*):/gi)].map((m) => m[1]!.toLowerCase());
      expect(links.filter((scheme) => scheme !== "http" && scheme !== "https"), file).toEqual([]);
    }
  });

  it("makes valid JSON of every data file, with markup escaped for inlining", async () => {
    for (const file of files.filter((f) => f.endsWith(".json"))) {
      const text = await read(file);
      expect(() => JSON.parse(text), file).not.toThrow();
      expect(text, file).not.toMatch(/<\/?script/i);
    }
  });

  it("reads the Unicode fixture with its BOM and CRLF line endings as committed", async () => {
    const bytes = await readFile(path.join(FIXTURES, "hostile", "unicode.txt"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes("\r\n")).toBe(true);
    expect(entryNamed("unicode.txt").title).toBe("Korea Utara 🇰🇵 Kirim Pasukan\u00a0ke Kursk 👍🏽");
  });

  it("gives the article whose file name is a payload a plain slug for its page", () => {
    expect(entryNamed(HOSTILE_NAME).id).toBe("svg-onload-window-pwned-1");
    for (const entry of entries) expect(entry.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe("every page of the hostile corpus in Chromium", () => {
  it("runs no injected script on any page: no marker set, no dialog, no error, nothing for the CSP to block", () => {
    expect(visits.size).toBe(pages().length);
    expect(visits.size).toBeGreaterThan(entries.length);
    for (const [url, v] of visits) {
      expect(v.pwned, url).toBeNull();
      expect(v.title, url).not.toMatch(/^PWNED/);
      expect(v.bad, url).toEqual([]);
      expect(v.stayed, url).toBe(true);
      expect(v.dialogs, url).toEqual([]);
      expect(v.errors, url).toEqual([]);
      expect(v.csp, url).toEqual([]);
    }
  });

  it("shows each article's title and kept paragraphs exactly as written, as text", () => {
    for (const entry of entries) {
      const v = pageOf(entry);
      expect(v.h1, entry.file).toBe(entry.title);
      expect(v.title.startsWith(entry.title), entry.file).toBe(true);
      for (const p of entry.paragraphs) expect(v.shown.includes(unspaced(p.text)), `${entry.file}:${p.line} ${p.text.slice(0, 80)}`).toBe(true);
    }
  });

  it("shows markup from the text as the characters written, not as elements", () => {
    const { shown, bad } = pageOf(entryNamed("script-in-text.txt"));
    expect(shown).toContain(unspaced(`<img src=x onerror="window.__pwned=1;alert(1)">`));
    expect(shown).toContain(unspaced(`<svg onload="window.__pwned=1"><script>alert('svg')</script></svg>`));
    expect(shown).toContain(unspaced("&lt;script&gt;window.__pwned=1&lt;/script&gt; &#60;script&#62; &amp; &quot; tetap tertulis apa adanya."));
    expect(bad).toEqual([]);
  });

  it("shows Nunjucks and Liquid syntax literally: {{ 7*7 }} stays {{ 7*7 }}, never 49", () => {
    const entry = entryNamed("template-syntax.md");
    const { shown, h1 } = pageOf(entry);
    expect(shown).toContain(unspaced("Sebanyak {{ 7*7 }} tentara"));
    expect(shown).not.toContain("Sebanyak49");
    expect(shown).toContain(unspaced("{% raw %}{{ mentah }}{% endraw %}"));
    expect(h1).toBe('Laporan {{ 7*7 }} dan {% include "x" %} serta {{ linimasa | dump }}');
    expect(entry.source.outlet).toBe("{{ site.title }}");
    expect(entry.source.author).toBe("{% for e in linimasa.entries %}{{ e.entry.file }}{% endfor %} {{ 'x' | safe }}");
    expect(entry.tags).toEqual(["{{ 7*7 }}", "{% raw %}", "{{ linimasa | dump }}", "{# komentar #}"]);
  });

  it("keeps right-to-left text, emoji, NBSP, control characters and combining marks as written", () => {
    const { shown } = pageOf(entryNamed("unicode.txt"));
    for (const piece of ["القوات الكورية الشمالية", "חיילים צפון קוריאנים", "\u202etxet desrever\u202c", "🇰🇵", "👨‍👩‍👧", "1.000\u00a0tentara", "e\u0301", "bel\u0007 escape\u001b[31m"]) {
      expect(shown, JSON.stringify(piece)).toContain(unspaced(piece));
    }
  });

  it("isolates an article's title wherever a page links to it, so an unclosed direction override cannot reorder what follows", async () => {
    const entry = entryNamed("arah-judul.txt");
    expect(entry.title).toBe("\u202eJudul terbalik tanpa penutup");
    let listed = 0;
    for (const file of pages()) {
      const links = (await read(file)).match(new RegExp(`<a [^>]*href="/artikel/${entry.id}/"[^>]*>[^]*?</a>`, "gu")) ?? [];
      for (const link of links.filter((l) => l.includes(entry.title))) {
        listed++;
        expect(link, file).toContain(`<bdi>${entry.title}</bdi>`);
      }
    }
    expect(listed).toBeGreaterThan(1);
  });

  it("makes the Atom feed and the sitemap well-formed XML (no control characters XML forbids)", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    for (const file of files.filter((f) => f.endsWith(".xml"))) {
      const xml = await read(file);
      const problem = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "application/xml");
        return doc.querySelector("parsererror")?.textContent ?? null;
      }, xml);
      expect(problem, file).toBeNull();
    }
    await page.close();
  });
});

/** Parse a CSP string into directive → sources. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

describe("the Content-Security-Policy of every page", () => {
  it("is a meta tag in the head, before any script or stylesheet", async () => {
    for (const file of pages()) {
      const html = await read(file);
      const head = /<head>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? "";
      const at = head.search(/<meta http-equiv="Content-Security-Policy"/i);
      expect(at, `${file} has no CSP meta tag in its head`).toBeGreaterThanOrEqual(0);
      const firstLoad = head.search(/<(script|link rel="stylesheet"|style)/i);
      if (firstLoad >= 0) expect(at, file).toBeLessThan(firstLoad);
    }
  });

  it("allows scripts only from the site itself or by hash: no 'unsafe-inline', no 'unsafe-eval', no data: or wildcard", async () => {
    for (const file of pages()) {
      const html = await read(file);
      const policy = unescape(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1] ?? "");
      const d = directives(policy);
      const scripts = d.get("script-src") ?? d.get("default-src");
      expect(scripts, `${file}: no script-src or default-src`).toBeDefined();
      for (const banned of ["'unsafe-inline'", "'unsafe-eval'", "data:", "*", "http:", "https:", "blob:"]) expect(scripts, file).not.toContain(banned);
      expect(d.get("object-src") ?? d.get("default-src"), file).toEqual(["'none'"]);
      expect(d.has("base-uri"), `${file}: base-uri`).toBe(true);
      // Every inline script that runs must be listed by its hash.
      for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if (/type="application\/(ld\+)?json"/i.test(m[1]!)) continue;
        const hash = `'sha256-${createHash("sha256").update(m[2]!, "utf8").digest("base64")}'`;
        expect(scripts, `${file}: inline script not hashed`).toContain(hash);
      }
    }
  });
});
