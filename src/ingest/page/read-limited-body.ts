/**
 * Reads a response body without ever holding more than a limit: a page that
 * keeps streaming is cut off as soon as it passes the limit.
 */
import { PageError } from "./page-error.ts";

const megabytes = (n: number): string => `${(n / (1 << 20)).toFixed(1)} MB`;

/**
 * The body's bytes, or a `too-large` PageError once more than `limit` bytes
 * have arrived (the rest is not downloaded).
 *
 * @example
 * await readLimitedBody(new Response("<html>…</html>").body, 5 << 20) //=> Uint8Array(14)
 * await readLimitedBody(hugeResponse.body, 5 << 20)
 * //=> throws PageError("too-large", "The page is larger than 5.0 MB, …")
 */
export async function readLimitedBody(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new PageError("too-large", `The page is larger than ${megabytes(limit)}, too large for one article; save the article's text from the browser and add that file instead`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
