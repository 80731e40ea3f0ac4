/**
 * A web page made into what `add` needs: the article's plain text and the
 * front-matter fields the page states, each with where it was read.
 */
import { articleText } from "./article-text.ts";
import { jsonLdArticles } from "./json-ld-articles.ts";
import { metaTags } from "./meta-tags.ts";
import { PageError } from "./page-error.ts";
import { parsePage } from "./parse-page.ts";
import { pickMetadata, type FactKey, type PageMetadata } from "./pick-metadata.ts";

export interface PageArticle {
  /** The article's paragraphs, separated by blank lines, ending in a newline. */
  text: string;
  /** Front-matter fields from the page's metadata. */
  fields: Partial<Record<FactKey, string>>;
  metadata: PageMetadata;
}

/**
 * The article in `html`, read from `pageUrl` (null for a saved file without
 * one). Throws a `no-article` PageError when the page holds no article text.
 *
 * @example
 * pageToArticle(kabarSatuHtml, "https://internasional.kabarsatu.test/read/2024/11/25/21050071/x")
 * //=> { text: "SEOUL, KABARSATU.com - Badan intelijen …\n\nMenurut keterangan …\n",
 * //     fields: { title: "Intelijen Korsel: Korut Kirim Gelombang Kedua Pasukan ke Kursk", outlet: "KabarSatu.com",
 * //               published: "2024-11-25T21:05+07:00", author: "Rina Maharani, Bagus Santoso", url: "https://…" },
 * //     metadata: { facts: { title: { value: "…", from: "JSON-LD NewsArticle", others: [] }, … }, notes: [] } }
 */
export function pageToArticle(html: string, pageUrl: string | null): PageArticle {
  const document = parsePage(html);
  const metadata = pickMetadata(jsonLdArticles(document), metaTags(document), pageUrl);
  const paragraphs = articleText(document, metadata.facts.title?.value ?? null);
  if (paragraphs.length === 0) {
    throw new PageError("no-article", "No article text was found in the page; open it in a browser, copy the article's text into a .txt file and add that file");
  }
  const fields: PageArticle["fields"] = {};
  for (const [key, fact] of Object.entries(metadata.facts)) fields[key as FactKey] = fact.value;
  return { text: `${paragraphs.join("\n\n")}\n`, fields, metadata };
}
