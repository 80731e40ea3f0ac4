/**
 * A small static file server on 127.0.0.1 for browser tests: serves a built
 * site the way a static host would (index.html for folders, 404.html for
 * missing pages).
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
};

async function resolveFile(root: string, url: string): Promise<string | null> {
  const clean = decodeURIComponent(new URL(url, "http://x").pathname);
  const full = path.join(root, clean);
  if (!full.startsWith(root)) return null;
  const info = await stat(full).catch(() => null);
  if (info?.isFile()) return full;
  if (info?.isDirectory()) {
    const index = path.join(full, "index.html");
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

/** Serve `root`; resolves with the server and its base URL. */
export async function serveStatic(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    void resolveFile(root, req.url ?? "/").then(async (file) => {
      const status = file ? 200 : 404;
      const target = file ?? (await resolveFile(root, "/404.html"));
      if (!target) {
        res.writeHead(404).end("not found");
        return;
      }
      res.writeHead(status, { "content-type": TYPES[path.extname(target)] ?? "application/octet-stream" });
      createReadStream(target).pipe(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}` };
}
