/**
 * A metadata value as plain text. Metadata is meant to be text, yet pages put
 * entities (`Korut &amp; Rusia`) and sometimes markup in it; neither may
 * reach an article's front matter.
 */
import { parsePage } from "./parse-page.ts";

/**
 * `value` with markup dropped (script and style with their content), entities
 * decoded, control characters (terminal escapes among them) and white space
 * collapsed to single spaces; null when nothing is left or the value
 * is not a string.
 *
 * @example
 * plainValue("Korut &amp; Rusia  <b>Teken</b> Pakta") //=> "Korut & Rusia Teken Pakta"
 * plainValue("<script>alert(2)</script>Rudi Hartono") //=> "Rudi Hartono"
 * plainValue("  ") //=> null
 */
export function plainValue(value: unknown): string | null {
  if (typeof value !== "string") return null;
  let text = value;
  if (/[<&]/u.test(value)) {
    const holder = parsePage("<!doctype html><html><body></body></html>").createElement("div");
    holder.innerHTML = value;
    for (const el of [...holder.querySelectorAll("script, style, noscript, template")]) el.remove();
    text = holder.textContent ?? "";
  }
  const clean = text.replace(/[\s\u0000-\u001f\u007f-\u009f\u00a0\u200b]+/gu, " ").trim();
  return clean === "" ? null : clean;
}
