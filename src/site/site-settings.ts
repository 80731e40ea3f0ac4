/**
 * The site settings file, templates/_data/site.json: one place for the
 * title, base URL, language and the topic the digest follows.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "./project-root.ts";

export const SiteSettings = z
  .object({
    title: z.string().min(1),
    tagline: z.string().min(1),
    url: z.string().url(),
    lang: z.string().min(2),
    author: z.string().min(1),
    feeds: z.object({ atom: z.string().startsWith("/"), json: z.string().startsWith("/"), title: z.string().min(1) }),
    topic: z.object({
      name: z.string().min(1),
      /** Words of the story; an article must use at least `minimumScore` of them. */
      keywords: z.array(z.string().min(1)).min(1),
      /** At least one of these must appear. */
      required: z.array(z.string().min(1)),
      minimumScore: z.number().int().positive(),
    }),
  })
  .passthrough();
export type SiteSettings = z.infer<typeof SiteSettings>;

export const SETTINGS_FILE = path.join(PROJECT_ROOT, "templates", "_data", "site.json");

/**
 * @example
 * loadSiteSettings().topic.name //=> "Pasukan Korea Utara di Kursk"
 */
export function loadSiteSettings(file = SETTINGS_FILE): SiteSettings {
  const result = SiteSettings.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!result.success) {
    throw new Error(`${file} is invalid:\n${result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  return result.data;
}
