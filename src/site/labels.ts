/**
 * The Indonesian words the site shows for the enums of an entry: figure
 * categories, date bases, hedges, claimant kinds, the links of a chain. Typed
 * against the schema, so a new enum value cannot reach a page without a label.
 */
import type { Category, ChainLink, Claimant, Hedge, Published } from "../schema/entry.ts";

/** Category names as headings and table cells ("Angka" page, entry pages). */
export const CATEGORY_LABEL = {
  deployed: "dikerahkan",
  additional_deployed: "tambahan dikerahkan",
  killed: "tewas",
  wounded: "terluka",
  casualties: "korban (tewas+luka)",
  missing: "hilang",
  captured: "ditawan",
  repatriated: "dipulangkan",
  other: "lainnya",
} as const satisfies Record<Category, string>;

/** Short category names for the compact figures of a timeline item. */
export const CATEGORY_SHORT = {
  deployed: "dikerahkan",
  additional_deployed: "tambahan",
  killed: "tewas",
  wounded: "luka",
  casualties: "korban",
  missing: "hilang",
  captured: "ditawan",
  repatriated: "dipulangkan",
  other: "lainnya",
} as const satisfies Record<Category, string>;

/** URL segments of the categories (`/angka/tewas/`). */
export const CATEGORY_SLUG = {
  deployed: "dikerahkan",
  additional_deployed: "tambahan-dikerahkan",
  killed: "tewas",
  wounded: "terluka",
  casualties: "korban",
  missing: "hilang",
  captured: "ditawan",
  repatriated: "dipulangkan",
  other: "lainnya",
} as const satisfies Record<Category, string>;

/** Where a publication date came from, as a reader would say it. */
export const BASIS_LABEL = {
  "front-matter": "ditetapkan redaksi linimasa",
  "date-line": "dari baris tanggal",
  byline: "dari baris penulis",
  url: "dari alamat (URL) artikel",
  "dateline-sentence": "dari kalimat pembuka",
  citation: "dari kutipan",
  statement: "dari hari pernyataan yang diberitakan",
  estimate: "perkiraan dari isi artikel",
  context: "perkiraan dari artikel lain",
} as const satisfies Record<Published["basis"], string>;

/** The date of a report nothing dates, and why it has none. */
export const UNDATED_LABEL = "tanpa tanggal";
export const UNDATED_BASIS = "teksnya tidak menyebut kapan laporan ini terbit";

/** How sure a claim is; "reported" is the plain case and shows no word. */
export const HEDGE_LABEL = {
  confirmed: "dikonfirmasi",
  estimated: "perkiraan",
  reported: "dilaporkan",
  denied: "dibantah",
  unverified: "belum terverifikasi",
} as const satisfies Record<Hedge, string>;

/** What kind of claimant it is. */
export const CLAIMANT_KIND_LABEL = {
  agency: "lembaga",
  person: "tokoh",
  outlet: "media",
  group: "kelompok",
  state: "negara",
  self: "redaksi media",
} as const satisfies Record<Claimant["kind"], string>;

/** The words a screen reader hears before each link of a chain instead of the arrow ("NIS lewat Yonhap ke Metrotvnews.com"). */
export const CHAIN_JOIN = {
  claimant: "dari",
  relay: "lewat",
  outlet: "ke",
} as const satisfies Record<ChainLink["role"], string>;

/** Name shown for entries whose outlet is not known. */
export const UNKNOWN_OUTLET = "Media tidak diketahui";
