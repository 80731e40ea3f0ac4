/**
 * `/data/entry.schema.json`: the JSON Schema of one entry, generated from
 * the zod schema that the build validates every entry against.
 */
import { z } from "zod";
import { Entry } from "../schema/entry.ts";

/**
 * The JSON Schema (draft 2020-12) of an entry; `/data/entries.json` is an
 * array of these.
 *
 * @example
 * entryJsonSchema("https://linimasa.example").required.slice(0, 3) //=> ["id", "file", "hash"]
 */
export function entryJsonSchema(siteUrl: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Entry),
    $id: new URL("/data/entry.schema.json", siteUrl).href,
    title: "Entri linimasa",
    description: "Satu artikel yang telah diurai: sumber, tanggal terbit, teks bersih, klaim dan angka. /data/entries.json adalah larik entri ini.",
  };
}
