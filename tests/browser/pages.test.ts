/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Each page type of the seeds' site in Chromium, on a phone (390 px) and a
 * desktop (1280 px): what a reader sees, checked against what the five seeds
 * say, worked out by hand (fixtures/seed-site.ts and the comments here).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSite } from "../helpers/site-session.ts";
import { CLAIMANTS, CLAIMS_OF_001, DATED_EVENTS, NIS_CLAIMS, REMOVED_FROM_001, REPORTS, report } from "./fixtures/seed-site.ts";

const site = useSite();
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const text = (page: Page, selector: string) => page.locator(selector).allTextContents().then((t) => t.map(squash));
const titles = (seeds: string[]) => seeds.map((seed) => squash(report(seed).title));
const articleUrl = (seed: string) => `/artikel/${report(seed).id}/`;
/** Each opening (the first words of a sentence) that no text starts with. */
const missingOpenings = (texts: string[], openings: string[]) => openings.filter((o) => !texts.some((t) => t.startsWith(o)));
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.each([390, 1280])("at %i px", (width) => {
  const open = (url: string) => site.open(url, { viewport: { width, height: 900 } });

  it("home: lists the five reports oldest first, each with date, outlet, headline and figures", async () => {
    const page = await open("/");
    const items = page.locator("li.report");
    expect(await items.count()).toBe(5);
    expect(await text(page, "li.report .headline")).toEqual(REPORTS.map((r) => squash(r.title)));
    expect(await text(page, "li.report .outlet")).toEqual(REPORTS.map((r) => r.outlet));
    expect(await text(page, "li.report time")).toEqual(REPORTS.map((r) => r.dateLabel));
    const dates = await items.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
    expect([...dates].sort()).toEqual(dates);
    // 002 and 004 state no date of their own.
    const estimated = await items.locator("time.estimated").allTextContents();
    expect(estimated).toEqual(["perkiraan: pekan 27 Februari–5 Maret 2025", "perkiraan: April 2025"]);
    for (const label of estimated) expect(label).toMatch(/^perkiraan: /);
    // 001, fourth: "sekitar 300 tentara Korea Utara telah tewas dan 2.700 lainnya terluka".
    const metroItem = items.nth(3);
    expect(await metroItem.locator(".figures").textContent()).toContain("tewas: 300 · luka: 2.700");
    expect(await fitsWidth(page)).toBe(true);
    await page.close();
  });

  it("home: follows a headline to its entry page", async () => {
    const page = await open("/");
    const link = page.locator("li.report a.headline").nth(1);
    await link.click();
    await page.waitForURL(/\/artikel\//);
    expect(squash((await page.locator("h1").textContent()) ?? "")).toBe(squash(report("000").title));
    await page.close();
  });

  it("entry: shows the report with its claims and figures marked, and its sources", async () => {
    // seeds/001: Metrotvnews.com, byline "Riza Aslam Khaeron • 27 February 2025 16:59".
    const page = await open(articleUrl("001"));
    expect(await page.locator(".kicker").textContent()).toBe("Metrotvnews.com");
    expect(await page.locator(".facts").textContent()).toContain("dari baris penulis");
    // Every claim sentence is wrapped and tagged with a link to its claimant.
    const claims = await page.locator(".text .claim").evaluateAll((els) =>
      els.map((el): [string, string[]] => [el.querySelector(".claim-text")?.textContent?.replace(/\s+/g, " ").trim() ?? "", [...el.querySelectorAll(".who a")].map((a) => a.textContent ?? "")]),
    );
    expect(claims.map(([t, who], i) => [t.startsWith(CLAIMS_OF_001[i]?.[0] ?? "\0") ? CLAIMS_OF_001[i]![0] : t, who])).toEqual(CLAIMS_OF_001);
    // NIS alone in four, and with US intelligence ("intelijen AS dan Korea Selatan") in two.
    const nis = page.locator(".text .claim").filter({ has: page.locator('a[href="/sumber/nis/"]') });
    expect(await nis.count()).toBe(6);
    // Every figure shows its value and category: the six numbers of people in 001.
    const figures = page.locator("article data.fig");
    expect(await figures.count()).toBe(6);
    expect(await figures.locator(".fig-tag").allTextContents()).toEqual([
      " (dikerahkan: 11.000)", // "sekitar 11.000 tentara ke Rusia"
      " (tewas: 300)",
      " (luka: 2.700)",
      " (korban: 4.000)", // "jumlah korban di pihak Korea Utara mencapai 4.000 orang"
      " (tambahan: 1.000–3.000)", // "mengirim tambahan antara 1.000 hingga 3.000 tentara"
      " (dikerahkan: 10.000–12.000)", // "sekitar 10.000 hingga 12.000 tentara Korea Utara telah tiba di Rusia"
    ]);
    expect(await page.locator('data.fig[value="300"] .fig-tag').textContent()).toBe(" (tewas: 300)");
    expect(await page.locator('data.fig[value="2700"] .fig-tag').textContent()).toBe(" (luka: 2.700)");
    // Dropped boilerplate is there, collapsed, with the rule of each line.
    const removed = page.locator("details.removed");
    expect(await removed.getAttribute("open")).toBeNull();
    const rows = await removed.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.replace(/\s+/g, " ").trim())));
    expect(rows).toEqual(REMOVED_FROM_001);
    expect(await removed.locator("tbody code").allTextContents()).toEqual(rows.map((r) => r[1]));
    expect(await page.locator(".facts").textContent()).toContain("Riza Aslam Khaeron");
    // NIS's quoted statement came "dalam pernyataan yang dikutip oleh kantor berita Yonhap"; the other claims name no relay.
    const tags = (await text(page, ".text .claim .who")).map((t) => t.replace(/^\(menurut /, "").replace(/\)$/, ""));
    expect(tags.filter((t) => t.includes("lewat"))).toEqual(["NIS · lewat Yonhap · belum terverifikasi"]);
    // The figures table gives each figure's chain: "sekitar 11.000" is NIS's, with no relay named.
    const chains = await page.locator("#angka-laporan ~ .table-wrap tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector("td.num")?.textContent ?? "", [...tr.querySelectorAll(".chain bdi")].map((b) => b.textContent).join(" → ")]),
    );
    expect(chains[0]).toEqual(["11.000", "NIS → Metrotvnews.com"]);
    expect(await fitsWidth(page)).toBe(true);
    await page.locator('.text a[href="/sumber/nis/"]').first().click();
    await page.waitForURL(/\/sumber\/nis\/$/);
    await page.close();
  });

  it("entry: links to the previous and next reports", async () => {
    // 002 stands between 000 (5 February 2025) and 001 (27 February 2025, 16:59).
    const page = await open(articleUrl("002"));
    expect(await page.locator('.neighbours a[rel="prev"]').getAttribute("href")).toBe(articleUrl("000"));
    expect(await page.locator('.neighbours a[rel="next"]').getAttribute("href")).toBe(articleUrl("001"));
    await page.close();
  });

  it("figures: draws each estimate in the chart and lists the same numbers in its table", async () => {
    const page = await open("/angka/tewas/");
    const chart = page.locator("figure.chart svg[role=img]");
    expect(await chart.locator("title").textContent()).toBe("Perkiraan jumlah tewas menurut sumber");
    // The seeds give five numbers of the killed: NIS's "sekitar 300" for January (001); Western officials'
    // "setidaknya 1.000" for January (002); in 004 the headline's "Ratusan" (hundreds: 100–999, the outlet's
    // own words), and the lawmaker's 600 twice ("Sekitar 600 ... gugur", "termasuk 600 yang kehilangan nyawa").
    const rows = page.locator(".figures-table tbody tr");
    expect(await rows.count()).toBe(5);
    const tableValues = await rows.locator(".value").allTextContents();
    expect([...tableValues].sort()).toEqual(["100–999", "300", "600", "600", "≥ 1.000"]);
    // Points for single values and open bounds, bars for ranges, arrow heads for open bounds;
    // an estimate told twice for the same time by the same claimant is one mark: four marks (the two 600s
    // are one), of which 100–999 is a bar and "setidaknya 1.000" an open bound.
    expect(await chart.locator(".layer_5_marks path").count()).toBe(3);
    expect(await chart.locator(".layer_0_marks line").count()).toBe(1);
    expect(await chart.locator(".layer_2_marks path, .layer_4_marks path").count()).toBe(1);
    // The legend names the claimants of the table.
    const legend = await chart.locator(".role-legend-label text").allTextContents();
    expect([...legend].sort()).toEqual(["Anggota parlemen Korsel", "NIS", "Pejabat Barat", "Redaksi"]);
    // Disagreements are flagged in the table: for January, NIS's 300 against Western officials' 1,000 or more.
    expect(await page.locator(".figures-table tr.disputed").count()).toBe(2);
    expect(await text(page, ".disagreements li")).toEqual(["NIS (300) dan Pejabat Barat (≥ 1.000) tentang 1–31 Januari 2025"]);
    expect(await fitsWidth(page)).toBe(true);
    await page.close();
  });

  it("figures: says who stands behind a number several reports give", async () => {
    const page = await open("/angka/dikerahkan/");
    // 10.000–12.000: the US (and Ukraine) in 003, from The Guardian as that report's dated credit says, and US and
    // South Korean intelligence in 001. 11.000: NIS in 001 ("Berdasarkan analisis intelijen Korea Selatan"), and
    // Western officials who told BBC in 002 ("setidaknya 1.000 dari 11.000 tentara").
    expect(await text(page, ".provenance li")).toEqual([
      "10.000–12.000: 2 laporan, 2 sumber asal (AS 1×, Intelijen AS dan Korsel 1×), lewat 1 kantor berita/media (The Guardian 1×)",
      "11.000: 2 laporan, 2 sumber asal (NIS 1×, Pejabat Barat 1×), lewat 1 kantor berita/media (BBC 1×)",
    ]);
    expect(await page.locator("figure.chart figcaption").textContent()).toContain("Angka yang dimuat beberapa laporan — 10.000–12.000: 2 laporan");
    // Each row of the table gives the estimate's chain: Western officials' 11.000 came through BBC to no named outlet.
    const chains = await page.locator(".figures-table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll(".chain bdi")].map((b) => b.textContent).join(" → ")));
    expect(chains).toContain("Pejabat Barat → BBC");
    expect(chains).toContain("AS → The Guardian → Liputan6.com");
    await page.close();
  });

  it("figures: shows a chart and a table for every category on the Angka page", async () => {
    const page = await open("/angka/");
    // The seeds count troops deployed, sent in addition, killed, wounded, casualties (killed and wounded
    // together: "30 ... tewas atau terluka", 4.000, 4.700), missing ("tiga ... hilang") and sent home
    // ("2.000 tentara telah dipulangkan"); none gives a number of captured soldiers.
    expect(await text(page, "section.figure-section h2")).toEqual(["Dikerahkan", "Tambahan dikerahkan", "Tewas", "Terluka", "Korban (tewas+luka)", "Hilang", "Dipulangkan"]);
    expect(await page.locator("section.figure-section").count()).toBe(7);
    expect(await page.locator("section.figure-section svg[role=img]").count()).toBe(7);
    expect(await page.locator("section.figure-section table").count()).toBe(7);
    await page.close();
  });

  it("claimant: lists every claim of NIS over time, with its description", async () => {
    const page = await open("/sumber/nis/");
    expect(await page.locator("h1").textContent()).toBe("NIS");
    expect(await page.locator(".lead").textContent()).toContain("Badan Intelijen Nasional Korea Selatan");
    const items = page.locator("li.claim-item");
    expect(await items.count()).toBe(14);
    expect(missingOpenings(await text(page, "li.claim-item blockquote"), NIS_CLAIMS)).toEqual([]);
    const dates = await items.locator(".when time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime")!.slice(0, 10)));
    expect(dates.map((d) => d.slice(0, 7))).toEqual([...dates].sort().map((d) => d.slice(0, 7)));
    expect(await page.locator("li.claim-item .fig-tag").allTextContents()).toEqual(expect.arrayContaining(["tewas: 300", "luka: 2.700"]));
    // NIS's two statements in 000 came through CNA (the report's dated credit), its quoted one in 001 through Yonhap.
    expect(squash((await page.locator("p.relays").textContent()) ?? "")).toBe("Klaimnya sampai ke media lewat CNA (2 klaim), Yonhap (1 klaim).");
    expect(await text(page, "li.claim-item .src .chain")).toEqual(expect.arrayContaining(["NIS → lewat Yonhap → ke Metrotvnews.com"]));
    // A claim links to its sentence on the entry page.
    const href = (await items.first().locator(".src a").getAttribute("href"))!;
    await page.goto(`${site.base()}${href}`);
    expect(await page.locator(`[id="${href.split("#")[1]}"]`).count()).toBe(1);
    await page.close();
  });

  it("outlet: lists the reports of Liputan6.com", async () => {
    const page = await open("/media/liputan6-com/");
    expect(await page.locator("h1").textContent()).toBe("Liputan6.com");
    // 003 ("Liputan6.com, Kyiv") and 000 ("Liputan6.com, Seoul"), oldest first.
    expect(await text(page, "li.report .headline")).toEqual(titles(["003", "000"]));
    await page.close();
  });

  it("outlets and claimants: index every outlet and claimant", async () => {
    const page = await open("/media/");
    // 003 and 000 name Liputan6.com, 001 Metrotvnews.com; 002 and 004 name no outlet.
    expect(await page.locator(".outlets li").count()).toBe(3);
    expect(await text(page, ".outlets li > a")).toEqual(["Liputan6.com", "Media tidak diketahui", "Metrotvnews.com"]);
    await page.goto(`${site.base()}/sumber/`);
    expect(await page.locator("tbody tr").count()).toBe(35);
    const hrefs = await page.locator("tbody tr td:first-child a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect([...hrefs].sort()).toEqual(CLAIMANTS.map((id) => `/sumber/${id}/`).sort());
    await page.close();
  });

  it("events: lists what happened in time order, each with the reports that mention it", async () => {
    const page = await open("/peristiwa/");
    const events = await page.locator("li.event").evaluateAll((els) =>
      els.map((el) => ({
        when: el.querySelector("time")?.getAttribute("datetime") ?? "",
        label: el.querySelector("time")?.textContent ?? "",
        text: el.querySelector(":scope > p")?.textContent?.replace(/\s+/g, " ").trim() ?? "",
        reports: [...el.querySelectorAll(".mentions a")].map((a) => a.getAttribute("href")),
      })),
    );
    const missing = DATED_EVENTS.filter(([when, seed]) => !events.some((e) => e.when === when && e.reports.includes(articleUrl(seed))));
    expect(missing).toEqual([]);
    expect(events.filter((e) => ["Januari–Februari 2025", "pekan 17–23 Februari 2025"].includes(e.label)).map((e) => e.reports)).toEqual([[articleUrl("001")], [articleUrl("001")]]);
    // Ukraine's incursion into Kursk in August 2024 is told by three reports: one event, told in 003's words.
    const incursion = events.filter((e) => e.when === "2024-08");
    expect(incursion.map((e) => e.reports)).toEqual([["003", "000", "002"].map(articleUrl)]);
    expect(incursion[0]!.text).toMatch(/^Ukraina merebut wilayah di perbatasan Kursk, Rusia, pada Agustus lalu/);
    // NIS's statement of Thursday 27 February 2025 and the redeployment "pada awal Februari" are told by 002 and 001.
    expect(events.filter((e) => e.when === "2025-02-27").map((e) => e.reports)).toContainEqual(["002", "001"].map(articleUrl));
    expect(events.filter((e) => e.when === "2025-02").map((e) => e.reports)).toEqual([["002", "001"].map(articleUrl)]);
    // In time order: the invasion (February 2022), Kursk (August 2024), the first fighting (5 November 2024),
    // Kirby (16 December 2024), NIS's count of the dead (January 2025), NIS (4 February 2025), NIS (27 February 2025).
    const at = (when: string, opening: string) => events.findIndex((e) => e.when === when && e.text.startsWith(opening));
    const order = [
      at("2022-02", "Presiden Rusia Vladimir Putin meluncurkan invasi"),
      at("2024-08", "Ukraina merebut wilayah"),
      at("2024-11-05", "Pada 5 November, pejabat Ukraina"),
      at("2024-12-16", "Juru bicara keamanan nasional AS John Kirby"),
      at("2025-01", "Pada Januari, NIS memperkirakan"),
      at("2025-02-04", "Liputan6.com, Seoul - Badan intelijen Korea Selatan menyatakan"),
      at("2025-02-27", "Agen intelijen Korea Selatan juga mengatakan pada Kamis"),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await page.close();
  });

  it("month: lists the reports of one month", async () => {
    const page = await open("/linimasa/2025/02/");
    // 000 (5 February), 002 (the week from 27 February) and 001 (27 February, 16:59).
    expect(await text(page, "li.report .headline")).toEqual(titles(["000", "002", "001"]));
    await page.close();
  });

  it("search: finds reports about Kursk with Pagefind", async () => {
    const page = await open("/cari/?q=Kursk");
    // Results load one by one: wait until every title has arrived.
    const all = REPORTS.map((r) => squash(r.title));
    const loaded = async () => {
      const list = await text(page, ".pagefind-ui__result-title");
      return list.length > 0 && list.every((t) => all.includes(t)) ? list : [];
    };
    await expect.poll(loaded, { timeout: 10_000 }).not.toEqual([]);
    // Every seed names Kursk.
    expect([...(await loaded())].sort()).toEqual([...all].sort());
    expect(await page.locator(".search-form").isHidden()).toBe(true);
    // Typing a new query searches again, with filters by outlet and claimant.
    await page.locator("#pencarian input.pagefind-ui__search-input").fill("Riyadh");
    // Only 001 names Riyadh ("Pada pertemuan di Riyadh pekan lalu").
    const riyadh = titles(["001"]);
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
