/**
 * JSON that is safe wherever it lands: inlined in HTML or served as a file a
 * browser might sniff, it never contains markup characters.
 */

/**
 * @example
 * toJson({ text: "<script>" }) //=> '{"text":"\\u003cscript\\u003e"}'
 */
export function toJson(value: unknown, indent = 0): string {
  return JSON.stringify(value, null, indent || undefined)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

