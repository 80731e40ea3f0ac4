/**
 * A local web server on 127.0.0.1 for the page tests: serves the fixture
 * pages the way news sites do, and every failure `add` must report (error
 * statuses, a picture, redirect loops and chains, an endless body, a server
 * that never answers). Nothing leaves the machine.
 */
import { readFile } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import path from "node:path";

export const PAGE_FIXTURES = path.resolve("tests/ingest/page/fixtures");

export interface PageServer {
  server: Server;
  /** Base address, "http://127.0.0.1:PORT". */
  url: string;
  /** Requests so far, in order: path and User-Agent. */
  requests: { path: string; userAgent: string }[];
  close: () => Promise<void>;
}

function html(res: ServerResponse, body: Buffer | string, type = "text/html; charset=utf-8"): void {
  res.writeHead(200, { "content-type": type });
  res.end(body);
}

/**
 * Start the server. Routes:
 * /page/NAME (a fixture, UTF-8 header unless NAME says windows-1252, then no
 * charset), /moved/NAME (301 to /page/NAME), /status/CODE, /image, /json,
 * /untyped/NAME (no Content-Type), /loop/a ⇄ /loop/b, /chain/N (→ N+1 for
 * ever), /to/javascript, /huge (6 MiB streamed, no length), /huge-declared
 * (Content-Length 6 MiB), /stall (headers never sent), /stall-body (headers,
 * then silence).
 */
export async function servePages(): Promise<PageServer> {
  const requests: PageServer["requests"] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push({ path: url.pathname, userAgent: req.headers["user-agent"] ?? "" });
    const [, route, arg = ""] = url.pathname.split("/");
    const redirect = (status: number, location: string): void => void res.writeHead(status, { location }).end();
    switch (route) {
      case "page":
      case "untyped":
        void readFile(path.join(PAGE_FIXTURES, path.basename(arg)))
          .then((body) => {
            if (route === "untyped") {
              res.writeHead(200);
              res.end(body);
            } else html(res, body, arg.includes("windows-1252") ? "text/html" : "text/html; charset=utf-8");
          })
          .catch(() => void res.writeHead(404, { "content-type": "text/html" }).end("<h1>Tidak ditemukan</h1>"));
        return;
      case "moved":
        return redirect(301, `/page/${arg}`);
      case "status":
        res.writeHead(Number(arg), { "content-type": "text/html" });
        res.end(`<h1>${arg}</h1>`);
        return;
      case "image":
        res.writeHead(200, { "content-type": "image/png" });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        return;
      case "json":
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"headline":"bukan halaman"}');
        return;
      case "loop":
        return redirect(302, arg === "a" ? "/loop/b" : "/loop/a");
      case "chain":
        return redirect(302, `/chain/${Number(arg) + 1}`);
      case "to":
        return redirect(302, "javascript:alert(1)");
      case "huge": {
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(64 << 10, "<p>isi</p>");
        let sent = 0;
        const pump = (): void => {
          while (sent < 6 << 20) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("error", () => undefined);
        pump();
        return;
      }
      case "huge-declared":
        res.writeHead(200, { "content-type": "text/html", "content-length": String(6 << 20) });
        res.end("<p>isi</p>");
        return;
      case "stall":
        return;
      case "stall-body":
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<html><body><p>");
        return;
      default:
        res.writeHead(404, { "content-type": "text/html" }).end("<h1>404</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An address on 127.0.0.1 where nothing listens: a port just opened and closed again. */
export async function closedPort(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}
