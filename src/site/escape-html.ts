/**
 * Escaping of text for HTML. Every piece of article text that the site
 * builds into markup in TypeScript goes through here.
 */

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/g;

/**
 * Escape text for an HTML text node or a quoted attribute value.
 *
 * @example
 * escapeHtml(`<script>alert("{{ x }}")</script>`)
 * //=> "&lt;script&gt;alert(&quot;{{ x }}&quot;)&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (c) => ENTITY[c] ?? c);
}
