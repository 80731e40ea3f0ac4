/**
 * Plays the editor who works from links: adds articles from their web pages
 * (served on 127.0.0.1, never the internet) and from a page saved from the
 * browser, overrides what a page says, is refused the same address twice,
 * meets every way a fetch can fail with nothing written, and sees an article
 * added from its page on the built site.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort, PAGE_FIXTURES, servePages, type PageServer } from "../helpers/serve-pages.ts";

const exec = promisify(execFile);

let pages: PageServer;
let root: string;
let seeds: string;
let cache: string;

async function add(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ["bin/linimasa.mjs", "add", ...args, "--seeds", seeds, "--cache", cache], {
      maxBuffer: 64 << 20,
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  pages = await servePages();
  root = await mkdtemp(path.join(tmpdir(), "linimasa-add-page-"));
  seeds = path.join(root, "seeds");
  cache = path.join(root, "cache");
  await cp("seeds", seeds, { recursive: true });
});

afterAll(async () => {
  await pages.close();
  await rm(root, { recursive: true, force: true });
});

describe("adding an article from its web page", () => {
  it("fetches the page, writes its metadata as front matter and its text free of page furniture", async () => {
    const added = await add(`${pages.url}/page/json-ld-only.html`, "--no-build", "--json");
    expect(added.code, added.stderr).toBe(0);
    const result = JSON.parse(added.stdout);
    expect(path.basename(result.file)).toBe("2024-11-25-kabarsatu-com-intelijen-korsel-korut-kirim-gelombang-kedua-pasukan-ke.txt");
    const written = await readFile(result.file, "utf8");
    expect(written.split("\n").slice(0, 9)).toEqual([
      "---",
      'title: "Intelijen Korsel: Korut Kirim Gelombang Kedua Pasukan ke Kursk"',
      'outlet: "KabarSatu.com"',
      'published: "2024-11-25T21:05+07:00"',
      'author: "Rina Maharani, Bagus Santoso"',
      'url: "https://internasional.kabarsatu.test/read/2024/11/25/21050071/intelijen-korsel-korut-kirim-gelombang-kedua-pasukan-ke-kursk"',
      "---",
      "SEOUL, KABARSATU.com - Badan intelijen Korea Selatan menyebut Korea Utara telah mengirim gelombang kedua pasukannya ke wilayah Kursk, Rusia, dengan jumlah sekitar 1.500 personel pada pekan lalu.",
      "",
    ]);
    expect(written).toContain("\n\nHingga berita ini diturunkan, Moskwa dan Pyongyang belum menanggapi laporan tersebut.\n");
    expect(written).not.toMatch(/Baca juga|Terpopuler|Harga Beras|Ilustrasi pasukan|Bagikan|ADVERTISEMENT|googletag|Beranda|Pedoman Media Siber|Copyright|<|>/u);
    expect(result.summary).toMatchObject({ outlet: "KabarSatu.com", author: "Rina Maharani, Bagus Santoso", published: { date: "2024-11-25T21:05", precision: "minute" } });
    expect(result.summary.page.facts.outlet).toEqual({ from: "JSON-LD NewsArticle publisher", others: [] });
  });

  it("follows a redirect and says which facts came from the page's metadata", async () => {
    const added = await add(`${pages.url}/moved/open-graph-only.html`, "--no-build");
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain("  outlet    Suara Kini (from the page's metadata: Open Graph)\n");
    expect(added.stdout).toContain('  published 2024-12-16T14:20 (minute, from the page\'s metadata: Open Graph "2024-12-16T14:20+07:00")\n');
    expect(added.stdout).toContain("  author    Dimas Pratama (from the page's metadata: <meta name=\"author\">)\n");
    expect(added.stdout).toContain("  url       https://news.suarakini.test/internasional/d-7712345/zelensky-ratusan-tentara-korut-tewas-di-kursk (from the page's metadata: og:url)\n");
    expect(added.stdout).toMatch(/Added .*2024-12-16-suara-kini-zelensky-ratusan-tentara-korut-tewas-di-kursk\.txt\./u);
  });

  it("says which source it chose when JSON-LD and Open Graph disagree, and lets the editor's options win over the page", async () => {
    const added = await add(`${pages.url}/page/both-disagreeing.html`, "--outlet", "Kabar Dunia", "--published", "2025-02-05", "--dry-run", "--json");
    expect(added.code, added.stderr).toBe(0);
    const { summary, file } = JSON.parse(added.stdout);
    expect(summary).toMatchObject({ outlet: "Kabar Dunia", published: { date: "2025-02-05", precision: "day", basis: "front-matter" } });
    expect(summary.title).toBe("Korea Utara Tarik Pasukan dari Garis Depan Kursk Usai Alami Kerugian Besar");
    expect(Object.keys(summary.page.facts).sort()).toEqual(["author", "title", "url"]);
    expect(summary.page.facts.title.others).toEqual([{ from: "Open Graph", value: "Korut Tarik Pasukan dari Kursk" }]);
    expect(await readdir(seeds)).not.toContain(path.basename(file));
  });

  it("reads a page saved from the browser, in its own encoding, leaving what it does not state to the parser", async () => {
    const added = await add(path.join(PAGE_FIXTURES, "neither-windows-1252.html"), "--no-build", "--json");
    expect(added.code, added.stderr).toBe(0);
    const result = JSON.parse(added.stdout);
    expect(result.summary).toMatchObject({ outlet: "FAJARPAGI.CO.ID", outletBasis: "dateline", url: null, published: { date: "2025-03-13T10:15", basis: "date-line" } });
    const written = await readFile(result.file, "utf8");
    expect(written).toMatch(/^---\ntitle: "Korut Disebut Kirim Rudal Tambahan ke Rusia"\n---\nKamis, 13 Maret 2025 \| 10:15 WITA\n\nMAKASSAR, FAJARPAGI\.CO\.ID – Kepala Staf/u);
    expect(written).not.toMatch(/Berita Lainnya|Jalan Poros|Hak cipta/u);
  });

  it("refuses the same address again, however it is written, and names the file it matches", async () => {
    const before = await readdir(seeds);
    const again = await add(`${pages.url}/page/json-ld-only.html`, "--no-build");
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Not added: this is the same address \(https:\/\/internasional\.kabarsatu\.test\/read\/2024\/11\/25\/21050071\/.*\) as .*2024-11-25-kabarsatu-com-intelijen-korsel/u);
    const other = path.join(root, "lain.txt");
    await writeFile(other, "JAKARTA - Teks lain sama sekali tentang tentara Korea Utara di Kursk yang dikirim pada pekan lalu menurut laporan.\n");
    const byUrl = await add(other, "--url", "http://internasional.kabarsatu.test/read/2024/11/25/21050071/intelijen-korsel-korut-kirim-gelombang-kedua-pasukan-ke-kursk/?utm_source=wa", "--no-build");
    expect(byUrl.code).toBe(1);
    expect(byUrl.stderr).toMatch(/Not added: this is the same address .* as .*2024-11-25-kabarsatu-com/u);
    expect(await readdir(seeds)).toEqual(before);
  });

  it("keeps a hostile page inert: no markup, script, handler or javascript: address reaches the saved file", async () => {
    const added = await add(`${pages.url}/page/hostile.html`, "--no-build");
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain("  note      ignored the canonical link (a javascript: address): only http and https addresses are taken\n");
    const file = /Added (.*)\.\n/u.exec(added.stdout)![1]!;
    const written = await readFile(file, "utf8");
    expect(written).toContain(`url: "${pages.url}/page/hostile.html"`);
    expect(written).toContain('author: "Rudi Hartono"');
    expect(written).not.toMatch(/[<>]|alert|javascript|data:|onerror|onclick|onload|cookie|Teks tersembunyi/u);
  });

  describe("when the page cannot be had, says what happened and writes nothing", () => {
    const failures: [string, (base: string) => Promise<string> | string, RegExp, number][] = [
      ["a refused connection", () => closedPort(), /127\.0\.0\.1:\d+ refused the connection/u, 1],
      ["a 404", (base) => `${base}/status/404`, /answered 404 Not Found/u, 1],
      ["a 500", (base) => `${base}/status/500`, /answered 500 Internal Server Error/u, 1],
      ["a picture", (base) => `${base}/image`, /is not a web page \(it is image\/png\)/u, 1],
      ["a redirect loop", (base) => `${base}/loop/a`, /redirects in a loop/u, 1],
      ["too many redirects", (base) => `${base}/chain/0`, /redirected more than 10 times/u, 1],
      ["a page over the size limit", (base) => `${base}/huge`, /The page is larger than 5\.0 MB/u, 1],
      ["a javascript: address", () => "javascript:alert(document.cookie)", /is not an http or https address/u, 2],
      ["a data: address", () => "data:text/html,<h1>x</h1>", /is not an http or https address/u, 2],
    ];
    it.each(failures)("%s", async (_what, address, message, code) => {
      const before = await readdir(seeds);
      const result = await add(await address(pages.url), "--no-build");
      expect(result.code).toBe(code);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain("Not added: nothing was written.");
      expect(result.stdout).toBe("");
      expect(await readdir(seeds)).toEqual(before);
    });
  });

  it("lands on the built site with the page's outlet, exact publication time, title, author and address", async () => {
    const out = path.join(root, "_site");
    const added = await add(`${pages.url}/page/teasers.html`, "--out", out, "--json");
    expect(added.code, added.stderr).toBe(0);
    const result = JSON.parse(added.stdout);
    expect(result.built).toMatchObject({ ok: true });
    const entries = JSON.parse(await readFile(path.join(out, "data/entries.json"), "utf8")) as {
      id: string;
      file: string;
      title: string;
      source: { outlet: string; author: string; url: string };
      published: { date: string };
      paragraphs: { text: string }[];
    }[];
    const entry = entries.find((e) => e.file === path.basename(result.file))!;
    expect(entry).toMatchObject({
      title: "Korea Selatan Pantau Rotasi Pasukan Korut di Kursk",
      source: { outlet: "Warta Raya", author: "Yusuf Hidayat", url: "https://www.wartaraya.test/internasional/2025/01/20/korea-selatan-pantau-rotasi-pasukan-korut-di-kursk" },
      published: { date: "2025-01-20T07:45" },
    });
    expect(entry.paragraphs).toHaveLength(4);
    const html = await readFile(path.join(out, "artikel", entry.id, "index.html"), "utf8");
    expect(html).toContain("Korea Selatan Pantau Rotasi Pasukan Korut di Kursk");
    expect(html).toContain("berbagi informasi intelijen dengan Kyiv dan Washington");
    expect(html).not.toMatch(/Ukraina Rilis Video Interogasi|Badai Salju|Bandara Soekarno-Hatta/u);
  });
});
