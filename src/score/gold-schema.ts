/**
 * The annotation of a scoring corpus (`gold.json`): one object per file.
 * Two forms share these fields: the full form annotates figures
 * (`figures` is a list), the general form does not (`figures` is null) and
 * says whether the text names the outlet and states the date.
 */
import { z } from "zod";
import { CATEGORIES } from "../schema/entry.ts";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, "expected a date YYYY-MM-DD");

export const GoldFigure = z.object({
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
  /** The category, as in entries. */
  what: z.enum(CATEGORIES),
  /** Free text naming who states it, or "unattributed". */
  attributed_to: z.string().min(1),
  /** The exact words of the file. */
  quote: z.string().min(1),
});
export type GoldFigure = z.infer<typeof GoldFigure>;

export const GoldArticle = z.object({
  /** The file in the corpus folder. */
  file: z
    .string()
    .min(1)
    .regex(/^[^/\\]+\.(?:txt|md)$/u, "expected the name of a .txt or .md file in the corpus folder"),
  url: z.string().nullable().optional(),
  /** False for negative controls: no troop figure should be found there. */
  on_topic: z.boolean(),
  /** Display name; extra names in brackets ("SuryaMalang.com (Surya Malang, Tribun Network)"). */
  outlet: z.string().min(1),
  /** General form only: whether the page's own words name the outlet. */
  outlet_named_in_text: z.boolean().optional(),
  published: Day.nullable(),
  /** The words the date rests on, "url" when only the address gives it, null when none. */
  published_basis: z.string().nullable(),
  /** General form only: whether the text states the date with day, month and year. */
  published_in_text: z.boolean().optional(),
  dateline_place: z.string().min(1).nullable(),
  title: z.string().min(1).nullable(),
  /** Null when figures are not annotated. */
  figures: z.array(GoldFigure).nullable(),
});
export type GoldArticle = z.infer<typeof GoldArticle>;

export const Gold = z.array(GoldArticle).min(1, "expected at least one annotated file");
