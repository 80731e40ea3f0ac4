/**
 * Names the outlet of an article from its URL: a host listed in
 * `src/lexicon/outlets.yaml` gives that outlet's canonical name; any other
 * host gives the host itself without "www.".
 */
import { loadOutlets } from "./outlets-lexicon.ts";

/**
 * The outlet behind a URL, or null when the URL is missing or not http(s).
 *
 * @example
 * outletFromUrl("https://www.liputan6.com/global/read/5910000/x") //=> "Liputan6.com"
 * outletFromUrl("https://www.example.co.id/berita/1") //=> "example.co.id"
 */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (typeof url !== "string" || url.trim() === "") return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, "");
  if (host === "") return null;
  const path = parsed.pathname.toLowerCase();
  let best: { name: string; score: number } | null = null;
  for (const o of loadOutlets().outlets) {
    for (const entry of o.hosts) {
      const slash = entry.indexOf("/");
      const h = slash < 0 ? entry : entry.slice(0, slash);
      const p = slash < 0 ? "" : entry.slice(slash);
      if (host !== h && !host.endsWith("." + h)) continue;
      if (p !== "" && path !== p && !path.startsWith(p + "/")) continue;
      const score = entry.length;
      if (best === null || score > best.score) best = { name: o.name, score };
    }
  }
  return best?.name ?? host.replace(/^www\./, "");
}
