/**
 * The paragraphs of an article's content element as plain text: one per
 * block (paragraph, heading, list item, cell, line broken by <br>), white
 * space collapsed, no markup. Blocks made mostly of links are left out: they
 * are "Baca juga" teasers, related-article lists, tag lists and share bars,
 * never the article's own words.
 */

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "BLOCKQUOTE", "CENTER", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "H1", "H2", "H3", "H4",
  "H5", "H6", "HEADER", "HGROUP", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD",
  "TFOOT", "TH", "THEAD", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "SVG", "FIGCAPTION", "BUTTON"]);

/** Share of a block's letters that sit inside links, above which the block is a list of links. */
export const MAX_LINK_SHARE = 0.5;

const letters = (s: string): number => s.replace(/[^\p{L}\p{N}]/gu, "").length;

/** Share of `el`'s letters and digits inside `<a>` elements (0 for an element without any). */
function linkShare(el: Element): number {
  const all = letters(el.textContent ?? "");
  if (all === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll("a")) linked += letters(a.textContent ?? "");
  return linked / all;
}

/** Letters and digits a paragraph needs to count as the article's own words rather than a label ("Baca Juga", "Tag:"). */
const MIN_PARAGRAPH_LETTERS = 60;

/**
 * A block made mostly of links that holds no paragraph of its own words: a
 * wrapper around the article with a long related list still holds the
 * article's paragraphs, so it is read, not dropped.
 */
function isListOfLinks(el: Element): boolean {
  if (linkShare(el) <= MAX_LINK_SHARE) return false;
  for (const p of el.querySelectorAll("p")) {
    if (letters(p.textContent ?? "") >= MIN_PARAGRAPH_LETTERS && linkShare(p) <= MAX_LINK_SHARE) return false;
  }
  return true;
}

/**
 * Paragraph texts of `root`, in order.
 *
 * @example
 * textBlocks(parsePage(`<div><p><b>SEOUL</b> - Korut   kirim pasukan.</p>
 *   <p><strong>Baca juga: <a href="/x">Rusia dan Korut Teken Perjanjian</a></strong></p>
 *   <h2>Analisis</h2><p>Baris satu<br>Baris dua</p></div>`).body)
 * //=> ["SEOUL - Korut kirim pasukan.", "Analisis", "Baris satu", "Baris dua"]
 */
export function textBlocks(root: Element): string[] {
  const out: string[] = [];
  let current = "";
  const flush = (): void => {
    const text = current.replace(/[\s\u00a0\u200b]+/gu, " ").trim();
    if (/[\p{L}\p{N}]/u.test(text)) out.push(text);
    current = "";
  };
  const visit = (node: Node, isRoot: boolean): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === "BR" || tag === "HR") {
      flush();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      if (!isRoot && isListOfLinks(el)) return;
    }
    for (const child of el.childNodes) visit(child, false);
    if (block) flush();
  };
  visit(root, true);
  flush();
  return out;
}
