/**
 * What a page states about itself outside JSON-LD: Open Graph and `article:`
 * meta tags, `<meta name="author">`, the canonical link, `<title>` and the
 * first `<h1>`.
 */
import { plainValue } from "./plain-value.ts";

export interface MetaTags {
  ogSiteName: string | null;
  ogTitle: string | null;
  ogUrl: string | null;
  twitterTitle: string | null;
  /** `article:published_time` (also written as a name, or `og:published_time`). */
  publishedTime: string | null;
  modifiedTime: string | null;
  /** `<meta name="author">`, else `article:author` when it is a name rather than a link. */
  author: string | null;
  /** `href` of `<link rel="canonical">`, as written. */
  canonical: string | null;
  title: string | null;
  h1: string | null;
}

/**
 * The meta tags of `document`, each as plain text (null when absent or empty).
 *
 * @example
 * metaTags(parsePage(`<meta property="og:site_name" content="Suara Kini">
 *   <meta property="article:published_time" content="2024-12-16T14:20:00+07:00"><title>Judul | Suara Kini</title>`))
 * //=> { ogSiteName: "Suara Kini", publishedTime: "2024-12-16T14:20:00+07:00", title: "Judul | Suara Kini", ogTitle: null, … }
 */
export function metaTags(document: Document): MetaTags {
  const content = new Map<string, string>();
  for (const meta of document.querySelectorAll("meta")) {
    const key = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop") ?? "").trim().toLowerCase();
    const value = plainValue(meta.getAttribute("content"));
    if (key !== "" && value !== null && !content.has(key)) content.set(key, value);
  }
  const get = (...keys: string[]): string | null => keys.map((k) => content.get(k)).find((v) => v !== undefined) ?? null;
  const articleAuthor = get("article:author");
  const canonical = [...document.querySelectorAll("link")].find((l) => (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/u).includes("canonical"));
  return {
    ogSiteName: get("og:site_name"),
    ogTitle: get("og:title"),
    ogUrl: get("og:url"),
    twitterTitle: get("twitter:title"),
    publishedTime: get("article:published_time", "og:published_time", "og:article:published_time"),
    modifiedTime: get("article:modified_time", "og:updated_time"),
    author: get("author") ?? (articleAuthor !== null && !/^[a-z][a-z0-9+.-]*:|^\/|\.[a-z]{2,}\//iu.test(articleAuthor) ? articleAuthor : null),
    canonical: canonical?.getAttribute("href")?.trim() || null,
    title: plainValue(document.querySelector("title")?.textContent),
    h1: plainValue(document.querySelector("h1")?.textContent),
  };
}
