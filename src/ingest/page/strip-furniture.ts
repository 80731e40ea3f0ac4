/**
 * Removes what is never article text from a page before Readability reads it:
 * code, embedded objects, forms, navigation, footers, captions, ad slots and
 * hidden elements. Readability's own scoring then finds the article among the rest.
 */

/** Elements whose content is never the article's words. */
const NEVER_TEXT = [
  "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
  "svg", "math", "canvas", "video", "audio", "picture", "map",
  "form", "button", "input", "select", "textarea", "dialog",
  "nav", "aside", "footer", "menu",
  "figure", "figcaption",
  "[hidden]", '[aria-hidden="true"]', '[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]',
].join(", ");

/** A class or id naming an ad slot: "ads", "ad-slot", "advertisement-text", "iklan_atas". */
const AD_SLOT = /(?:^|[\s_-])(?:ads?|advert(?:isement|ising)?|iklan|sponsor(?:ed)?)(?:$|[\s_-])/iu;
const isAdSlot = (el: Element): boolean => AD_SLOT.test(el.getAttribute("class") ?? "") || AD_SLOT.test(el.getAttribute("id") ?? "");
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/iu;

/**
 * Remove the furniture from `document` in place; returns how many elements
 * went. An element named as an ad slot goes only when it holds no paragraph
 * and little text (a label, an empty slot), so a wrapper whose class merely
 * mentions ads keeps the article inside it.
 *
 * @example
 * const doc = parsePage('<body><nav>Beranda</nav><p>Teks.</p><figure><img><figcaption>Foto: AFP</figcaption></figure></body>');
 * stripFurniture(doc) //=> 2
 * doc.body.innerHTML  //=> "<p>Teks.</p>"
 */
export function stripFurniture(document: Document): number {
  let removed = 0;
  for (const el of [...document.querySelectorAll(NEVER_TEXT)]) {
    if (!el.isConnected) continue;
    el.remove();
    removed++;
  }
  for (const el of [...document.querySelectorAll("[style], [class], [id]")]) {
    if (!el.isConnected) continue;
    const hidden = HIDDEN_STYLE.test(el.getAttribute("style") ?? "");
    if (hidden || (isAdSlot(el) && !el.querySelector("p") && (el.textContent ?? "").trim().length < 200)) {
      el.remove();
      removed++;
    }
  }
  return removed;
}
