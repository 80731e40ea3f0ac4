/**
 * The Content-Security-Policy of every page: only this site's own files, no
 * inline script unless its SHA-256 hash is listed, WebAssembly for the
 * search index.
 */
import { createHash } from "node:crypto";

/**
 * The policy for a `<meta http-equiv="Content-Security-Policy">`, allowing
 * exactly the inline scripts given (by hash).
 *
 * @example
 * contentSecurityPolicy(["document.documentElement.className = 'js';"])
 * //=> "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-…'; style-src 'self'; img-src 'self' data:; …"
 */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  const hashes = inlineScripts.map((script) => `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`);
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(" "),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
