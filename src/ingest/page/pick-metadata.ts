/**
 * The facts a page states about its article, one value per fact, chosen by a
 * fixed rule when the page's sources disagree:
 *
 * - title:     JSON-LD headline, then og:title, twitter:title, <title> (the
 *              last three without a trailing " - Site" / " | Site")
 * - outlet:    JSON-LD publisher.name, then og:site_name (a name the outlets
 *              lexicon knows becomes its canonical name)
 * - published: JSON-LD datePublished, then article:published_time, at the
 *              page's precision and offset; a UTC time is moved to the offset
 *              the page's other times use
 * - author:    JSON-LD author(s), then <meta name="author"> (never a link or
 *              the outlet's own name)
 * - url:       <link rel="canonical">, then JSON-LD url, og:url, the address
 *              the page was read from; http(s) only, and never a site's home
 *              page
 *
 * JSON-LD comes first because it is written for machines and names its type
 * (a NewsArticle before an Article); Open Graph is written for share previews
 * and is often shortened. Every other source that says something different
 * is kept with the fact, so the editor is told.
 */
import type { JsonLdArticle } from "./json-ld-articles.ts";
import type { MetaTags } from "./meta-tags.ts";
import { httpUrl } from "./http-url.ts";
import { outletName } from "./outlet-name.ts";
import { pageDate } from "./page-date.ts";
import { toPageTimeZone } from "./page-time-zone.ts";
import { stripSiteName } from "./strip-site-name.ts";
import { urlKey } from "./url-key.ts";

export type FactKey = "title" | "outlet" | "published" | "author" | "url";

/** A fact, where it was read, and what other sources of the page said instead. */
export interface PageFact {
  value: string;
  from: string;
  others: { from: string; value: string }[];
}

export interface PageMetadata {
  facts: Partial<Record<FactKey, PageFact>>;
  /** Values the page gave that were refused (a `javascript:` canonical link). */
  notes: string[];
}

type Candidate = { from: string; value: string | null };
const fold = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The first candidate with a value, with the later ones whose key differs. */
function choose(candidates: Candidate[], key: (v: string) => string = fold): PageFact | undefined {
  const given = candidates.filter((c): c is { from: string; value: string } => c.value !== null && key(c.value) !== "");
  const [first, ...rest] = given;
  if (first === undefined) return undefined;
  const seen = new Set([key(first.value)]);
  const others = rest.filter((c) => !seen.has(key(c.value)) && seen.add(key(c.value)));
  return { value: first.value, from: first.from, others };
}

/** The instant of a page date with an offset, else the date as written. */
function instant(date: string): string {
  const ms = /(?:Z|[+-]\d{2}:\d{2})$/u.test(date) ? Date.parse(date.replace(/Z$/u, ":00Z").replace(/([+-]\d{2}:\d{2})$/u, ":00$1")) : Number.NaN;
  return Number.isNaN(ms) ? date : String(ms);
}

/**
 * The page's facts from its JSON-LD articles (see jsonLdArticles), its meta
 * tags (see metaTags) and the address it was read from, if any.
 *
 * @example
 * pickMetadata(jsonLdArticles(doc), metaTags(doc), "https://www.kabardunia.test/global/read/5901234/x")
 * //=> { facts: { title: { value: "Korea Utara Tarik Pasukan dari Garis Depan Kursk Usai Alami Kerugian Besar",
 * //                       from: "JSON-LD NewsArticle", others: [{ from: "Open Graph", value: "Korut Tarik Pasukan dari Kursk" }] },
 * //              published: { value: "2025-02-05T09:30+07:00", from: "JSON-LD NewsArticle",
 * //                           others: [{ from: "Open Graph", value: "2025-02-05T11:45+07:00" }] }, … }, notes: [] }
 */
export function pickMetadata(articles: readonly JsonLdArticle[], meta: MetaTags, pageUrl: string | null): PageMetadata {
  const ld = articles[0];
  const ldFrom = ld ? `JSON-LD ${ld.type}` : "JSON-LD";
  const notes: string[] = [];
  const facts: PageMetadata["facts"] = {};

  const sites = [ld?.publisher ?? null, meta.ogSiteName];
  const strip = (t: string | null): string | null => (t === null ? null : stripSiteName(t, sites, meta.h1));
  facts.title = choose([
    { from: ldFrom, value: ld?.headline ?? null },
    { from: "Open Graph", value: strip(meta.ogTitle) },
    { from: "Twitter card", value: strip(meta.twitterTitle) },
    { from: "<title>", value: strip(meta.title) },
  ]);

  facts.outlet = choose([
    { from: `${ldFrom} publisher`, value: ld?.publisher ? outletName(ld.publisher) : null },
    { from: "Open Graph", value: meta.ogSiteName ? outletName(meta.ogSiteName) : null },
  ]);

  const times = [ld?.datePublished, ld?.dateModified, meta.publishedTime, meta.modifiedTime].map((t) => pageDate(t));
  const local = (t: string | null | undefined): string | null => {
    const date = pageDate(t);
    return date === null ? null : toPageTimeZone(date, times);
  };
  facts.published = choose(
    [
      { from: ldFrom, value: local(ld?.datePublished) },
      { from: "Open Graph", value: local(meta.publishedTime) },
    ],
    instant,
  );

  const notAuthor = new Set([facts.outlet?.value, ...sites].filter((s): s is string => !!s).map(fold));
  const person = (name: string | null | undefined): string | null =>
    name && !notAuthor.has(fold(name)) && !/^[a-z][a-z0-9+.-]*:\/\//iu.test(name) ? name : null;
  facts.author = choose([
    { from: ldFrom, value: ld ? ld.authors.map(person).filter((a): a is string => a !== null).join(", ") || null : null },
    { from: '<meta name="author">', value: person(meta.author) },
  ]);

  const address = (from: string, value: string | null, base: string | null): Candidate => {
    const href = httpUrl(value, base);
    if (value !== null && href === null) {
      const scheme = /^\s*([a-z][a-z0-9+.-]*):/iu.exec(value)?.[1]?.toLowerCase();
      const what = scheme ? `a ${scheme}: address` : base ? "not an address" : "a relative address, and the page's own address is unknown";
      notes.push(`ignored the ${from} (${what}): only http and https addresses are taken`);
    }
    // Some sites point every page's canonical link at their home page; that is no article's address.
    if (href !== null && /^https?:\/\/[^/]+\/$/iu.test(href)) {
      notes.push(`ignored the ${from} (${href}): it is the site's home page, not the article's address`);
      return { from, value: null };
    }
    return { from, value: href };
  };
  const url = choose(
    [
      address("canonical link", meta.canonical, pageUrl),
      address(`${ldFrom} url`, ld?.url ?? null, pageUrl),
      address("og:url", meta.ogUrl, pageUrl),
    ],
    (u) => urlKey(u) ?? "",
  );
  const read = httpUrl(pageUrl);
  facts.url = url ?? (read === null ? undefined : { value: read, from: "page address", others: [] });

  for (const key of Object.keys(facts) as FactKey[]) if (facts[key] === undefined) delete facts[key];
  return { facts, notes };
}
