import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage } from "../../../src/ingest/page/fetch-page.ts";
import { PageError } from "../../../src/ingest/page/page-error.ts";
import { closedPort, servePages, type PageServer } from "../../helpers/serve-pages.ts";

let pages: PageServer;
beforeAll(async () => {
  pages = await servePages();
});
afterAll(async () => {
  await pages.close();
});

/** The PageError `promise` rejects with. */
async function failure(promise: Promise<unknown>): Promise<PageError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PageError);
  return error as PageError;
}

describe("fetchPage", () => {
  it("fetches a page, naming linimasa in its User-Agent", async () => {
    const page = await fetchPage(`${pages.url}/page/json-ld-only.html`);
    expect(page.url).toBe(`${pages.url}/page/json-ld-only.html`);
    expect(page.contentType).toBe("text/html; charset=utf-8");
    expect(new TextDecoder().decode(page.bytes)).toContain("Intelijen Korsel");
    expect(pages.requests.at(-1)).toEqual({ path: "/page/json-ld-only.html", userAgent: expect.stringMatching(/^linimasa\//) });
  });

  it("follows a redirect and says where the page ended", async () => {
    const page = await fetchPage(`${pages.url}/moved/teasers.html`);
    expect(page.url).toBe(`${pages.url}/page/teasers.html`);
  });

  it("takes a page served without a Content-Type when it starts like HTML", async () => {
    const page = await fetchPage(`${pages.url}/untyped/teasers.html`);
    expect(page.contentType).toBeNull();
  });

  it("reports a refused connection", async () => {
    const address = await closedPort();
    const error = await failure(fetchPage(address));
    expect(error).toMatchObject({ problem: "network", exitCode: 1 });
    expect(error.message).toMatch(/^Could not fetch http:\/\/127\.0\.0\.1:\d+\/: 127\.0\.0\.1:\d+ refused the connection; check the address/);
  });

  it.each([404, 500])("reports a %i answer with its status", async (status) => {
    const error = await failure(fetchPage(`${pages.url}/status/${status}`));
    expect(error).toMatchObject({ problem: "http-status", exitCode: 1 });
    expect(error.message).toContain(`answered ${status}`);
  });

  it.each([
    ["/image", "image/png"],
    ["/json", "application/json"],
  ])("refuses %s, which is not a web page", async (route, type) => {
    const error = await failure(fetchPage(`${pages.url}${route}`));
    expect(error).toMatchObject({ problem: "not-html" });
    expect(error.message).toContain(`is not a web page (it is ${type})`);
  });

  it("stops a redirect loop at the first address seen twice", async () => {
    const error = await failure(fetchPage(`${pages.url}/loop/a`));
    expect(error).toMatchObject({ problem: "redirect-loop" });
    expect(error.message).toContain("redirects in a loop");
    expect(pages.requests.filter((r) => r.path.startsWith("/loop/"))).toHaveLength(2);
  });

  it("gives up after ten redirects", async () => {
    const before = pages.requests.length;
    const error = await failure(fetchPage(`${pages.url}/chain/0`));
    expect(error).toMatchObject({ problem: "too-many-redirects" });
    expect(error.message).toContain("redirected more than 10 times");
    expect(pages.requests.length - before).toBe(11);
  });

  it("does not follow a redirect to a javascript: address", async () => {
    const error = await failure(fetchPage(`${pages.url}/to/javascript`));
    expect(error).toMatchObject({ problem: "bad-address" });
    expect(error.message).toContain("redirects to javascript:alert(1), which is not an http or https address");
  });

  it.each(["javascript:alert(1)", "data:text/html,<p>x</p>", "file:///etc/passwd", "ftp://127.0.0.1/x"])(
    "refuses %s without a request, exit code 2",
    async (address) => {
      const before = pages.requests.length;
      const error = await failure(fetchPage(address));
      expect(error).toMatchObject({ problem: "bad-address", exitCode: 2 });
      expect(pages.requests.length).toBe(before);
    },
  );

  it("cuts off a body that streams past the size limit", async () => {
    const error = await failure(fetchPage(`${pages.url}/huge`));
    expect(error).toMatchObject({ problem: "too-large" });
    expect(error.message).toMatch(/^The page is larger than 5\.0 MB/);
  });

  it("refuses a body whose declared length is over the limit before reading it", async () => {
    const error = await failure(fetchPage(`${pages.url}/huge-declared`, { maxBytes: 1 << 20 }));
    expect(error.message).toMatch(/^The page is larger than 1\.0 MB/);
  });

  it.each(["/stall", "/stall-body"])("times out on %s", async (route) => {
    const error = await failure(fetchPage(`${pages.url}${route}`, { timeoutMs: 300 }));
    expect(error).toMatchObject({ problem: "timeout", exitCode: 1 });
    expect(error.message).toContain("did not answer within 0.3 s");
  });
});
