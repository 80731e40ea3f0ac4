/**
 * Whether an article is about the site's topic (the keywords in the site
 * settings), so that an off-topic article is flagged instead of silently
 * published.
 */
import type { Entry } from "../schema/entry.ts";
import type { SiteSettings } from "../site/site-settings.ts";
import { escapeRegExp } from "../text/escape-regexp.ts";

/**
 * How many topic keywords the title and text use, and whether a required one
 * is among them. `onTopic` is false when the score is below the minimum or no
 * required word appears.
 *
 * @example
 * topicScore(entry000, settings.topic) //=> { score: 41, required: ["Korea Utara"], onTopic: true }
 */
export function topicScore(entry: Pick<Entry, "title" | "paragraphs">, topic: SiteSettings["topic"]): { score: number; required: string[]; onTopic: boolean } {
  const text = `${entry.title}\n${entry.paragraphs.map((p) => p.text).join("\n")}`;
  const count = (word: string): number => (text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "giu")) ?? []).length;
  const score = topic.keywords.reduce((sum, k) => sum + count(k), 0);
  const required = topic.required.filter((k) => count(k) > 0);
  return { score, required, onTopic: score >= topic.minimumScore && (topic.required.length === 0 || required.length > 0) };
}
