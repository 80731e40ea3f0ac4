/**
 * The article's own words out of a whole web page: furniture removed, then
 * @mozilla/readability (Firefox's reader view) picks the article's content,
 * then its blocks become paragraphs of plain text. The DOM is linkedom's
 * (parse-page.ts says why, with the measurements against jsdom).
 */
import { Readability } from "@mozilla/readability";
import { stripFurniture } from "./strip-furniture.ts";
import { textBlocks } from "./text-blocks.ts";

/**
 * The article's paragraphs, or an empty list when the page holds no article
 * Readability can find. `document` is changed (furniture removed); read its
 * metadata first. A leading paragraph equal to `title` (the headline left in
 * the content) is dropped: the title goes to the front matter.
 *
 * @example
 * articleText(parsePage(kabarSatuPage), "Intelijen Korsel: Korut Kirim Gelombang Kedua Pasukan ke Kursk")
 * //=> ["SEOUL, KABARSATU.com - Badan intelijen Korea Selatan menyebut …", "Menurut keterangan …", …]
 */
export function articleText(document: Document, title: string | null = null): string[] {
  stripFurniture(document);
  const article = new Readability<Node>(document, { keepClasses: false, disableJSONLD: true, serializer: (node) => node }).parse();
  const content = article?.content;
  if (!content || content.nodeType !== 1) return [];
  const blocks = textBlocks(content as Element);
  const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  while (blocks.length > 0 && title !== null && fold(blocks[0]!) === fold(title)) blocks.shift();
  return blocks;
}
