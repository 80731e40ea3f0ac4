/**
 * The articles a page describes in JSON-LD, in whatever shape it writes them:
 * one object, an array, a `@graph`, `@type` as a string or an array, author
 * as a string, an object or an array of either.
 */
import { plainValue } from "./plain-value.ts";

/** What one JSON-LD article node says, as plain text. */
export interface JsonLdArticle {
  /** Its `@type`: a news article type when it has one ("NewsArticle"), else the first article type. */
  type: string;
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  /** Author names, in order, without repeats. */
  authors: string[];
  publisher: string | null;
  /** `url`, else `mainEntityOfPage` (its `@id` or itself), as written. */
  url: string | null;
}

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
/** "NewsArticle" from "NewsArticle", "schema:NewsArticle" or "https://schema.org/NewsArticle". */
const typeName = (t: unknown): string => (typeof t === "string" ? t.replace(/^.*[/:#]/u, "") : "");
const NEWS = /^\w*NewsArticle$/u;
const ARTICLE = /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle)$/u;

/** Every node of a parsed JSON-LD document: arrays and `@graph` flattened, depth-first. */
function nodesOf(value: unknown, out: Node[] = [], depth = 0): Node[] {
  if (depth > 8) return out;
  for (const item of list(value)) {
    if (!isNode(item)) continue;
    out.push(item);
    if (item["@graph"] !== undefined) nodesOf(item["@graph"], out, depth + 1);
  }
  return out;
}

/** The text of a script block as JSON, forgiving the usual slips (comment or CDATA wrappers, raw line breaks in strings). */
function parseJson(source: string): unknown {
  const text = source.trim().replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/u, "").replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/u, "");
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/gu, " "));
    } catch {
      return null;
    }
  }
}

function names(value: unknown): string[] {
  return list(value).flatMap((v) => {
    const name = plainValue(isNode(v) ? v.name : v);
    return name === null ? [] : [name];
  });
}

function firstString(...values: unknown[]): string | null {
  for (const v of values) {
    const s = isNode(v) ? v["@id"] ?? v.url : v;
    if (typeof s === "string" && s.trim() !== "") return s.trim();
  }
  return null;
}

/**
 * The article nodes of every `application/ld+json` block of `document`,
 * news articles (NewsArticle, ReportageNewsArticle, …) before other articles
 * (Article, BlogPosting), page order otherwise. Blocks that are not JSON are
 * skipped.
 *
 * @example
 * jsonLdArticles(parsePage(`<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},
 *   {"@type":["NewsArticle"],"headline":"Korut Kirim Pasukan","datePublished":"2024-11-25T21:05:00+07:00",
 *    "author":[{"@type":"Person","name":"Rina"},"Bagus"],"publisher":{"name":"KabarSatu.com"}}]}</script>`))
 * //=> [{ type: "NewsArticle", headline: "Korut Kirim Pasukan", datePublished: "2024-11-25T21:05:00+07:00",
 * //      dateModified: null, authors: ["Rina", "Bagus"], publisher: "KabarSatu.com", url: null }]
 */
export function jsonLdArticles(document: Document): JsonLdArticle[] {
  const found: JsonLdArticle[] = [];
  for (const script of document.querySelectorAll("script")) {
    if (!/^\s*application\/ld\+json\s*$/iu.test(script.getAttribute("type") ?? "")) continue;
    for (const node of nodesOf(parseJson(script.textContent ?? ""))) {
      const types = list(node["@type"]).map(typeName);
      const type = types.find((t) => NEWS.test(t)) ?? types.find((t) => ARTICLE.test(t));
      if (type === undefined) continue;
      found.push({
        type,
        headline: plainValue(node.headline) ?? plainValue(node.name),
        datePublished: plainValue(node.datePublished),
        dateModified: plainValue(node.dateModified),
        authors: [...new Set(names(node.author))],
        publisher: names(node.publisher)[0] ?? null,
        url: firstString(node.url, node.mainEntityOfPage),
      });
    }
  }
  const rank = (a: JsonLdArticle): number => (NEWS.test(a.type) ? 0 : 1);
  return found.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i).map((x) => x.a);
}
