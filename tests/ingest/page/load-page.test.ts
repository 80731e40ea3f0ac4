import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAddress, loadPage } from "../../../src/ingest/page/load-page.ts";
import { PageError } from "../../../src/ingest/page/page-error.ts";
import { PAGE_FIXTURES, servePages, type PageServer } from "../../helpers/serve-pages.ts";

let pages: PageServer;
let dir: string;
beforeAll(async () => {
  pages = await servePages();
  dir = await mkdtemp(path.join(tmpdir(), "linimasa-page-"));
});
afterAll(async () => {
  await pages.close();
  await rm(dir, { recursive: true, force: true });
});

describe("loadPage", () => {
  it("fetches an address and gives the page with the address it ended at", async () => {
    const page = await loadPage(`${pages.url}/moved/neither-windows-1252.html`);
    expect(page.url).toBe(`${pages.url}/page/neither-windows-1252.html`);
    expect(page.html).toContain("MAKASSAR, FAJARPAGI.CO.ID – Kepala Staf");
  });

  it("reads a saved page, in its own encoding, with no address", async () => {
    const page = await loadPage(path.join(PAGE_FIXTURES, "neither-windows-1252.html"));
    expect(page).toMatchObject({ url: null, html: expect.stringContaining("“Kami memperkirakan") });
  });

  it("takes a saved page's address from the browser's 'saved from url' comment", async () => {
    const file = path.join(dir, "disimpan.html");
    await writeFile(file, "<!DOCTYPE html>\n<!-- saved from url=(0036)https://www.kabarsatu.test/read/1 -->\n<html><body><p>Teks</p></body></html>");
    expect((await loadPage(file)).url).toBe("https://www.kabarsatu.test/read/1");
  });

  it("refuses a file it cannot read, exit code 2", async () => {
    const error = await loadPage(path.join(dir, "tidak-ada.html")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PageError);
    expect(error).toMatchObject({ problem: "unreadable-file", exitCode: 2, message: expect.stringContaining("cannot read this file") });
  });

  it("refuses a saved file over the size limit without reading it", async () => {
    const file = path.join(dir, "besar.html");
    await writeFile(file, Buffer.alloc(2048, "<p>isi</p>"));
    await expect(loadPage(file, { maxBytes: 1024 })).rejects.toMatchObject({ problem: "too-large" });
  });

  it("refuses a javascript: address", async () => {
    await expect(loadPage("javascript:alert(1)")).rejects.toMatchObject({ problem: "bad-address", exitCode: 2 });
  });
});

describe("isAddress", () => {
  it("tells an address from a file path", () => {
    expect(isAddress("https://kabarsatu.test/read/1")).toBe(true);
    expect(isAddress("javascript:alert(1)")).toBe(true);
    expect(isAddress("simpan/halaman.html")).toBe(false);
    expect(isAddress("C:\\Berita\\halaman.html")).toBe(false);
  });
});
