/**
 * The floor any Eleventy site pays: plain Eleventy rendering the same texts
 * as markdown pages with one layout and one index page listing them by date.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Make a plain Eleventy project in `dir` from the articles in `corpus`.
 *
 * @example
 * makeBaselineSite("/tmp/corpus-1000", "/tmp/baseline-1000") // then: npx @11ty/eleventy --config=/tmp/baseline-1000/eleventy.config.cjs
 */
export function makeBaselineSite(corpus: string, dir: string): void {
  const input = path.join(dir, "src");
  mkdirSync(path.join(input, "_includes"), { recursive: true });
  mkdirSync(path.join(input, "posts"), { recursive: true });
  writeFileSync(
    path.join(input, "_includes", "layout.njk"),
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n`,
  );
  writeFileSync(
    path.join(input, "index.njk"),
    `---\nlayout: layout.njk\ntitle: Linimasa\n---\n<ol>{% for post in collections.posts | reverse %}<li><time>{{ post.date.toISOString().slice(0, 10) }}</time> <a href="{{ post.url }}">{{ post.data.title }}</a></li>{% endfor %}</ol>\n`,
  );
  writeFileSync(path.join(input, "posts", "posts.json"), JSON.stringify({ layout: "layout.njk", tags: "posts" }));
  readdirSync(corpus)
    .filter((f) => f.endsWith(".txt"))
    .forEach((f, i) => {
      const text = readFileSync(path.join(corpus, f), "utf8").replace(/^---[\s\S]*?\n---\n/u, "");
      const title = (text.split("\n").find((l) => l.trim() !== "") ?? f).slice(0, 80).replace(/"/gu, "'");
      const date = new Date(Date.UTC(2024, 0, 1) + (i % 500) * 864e5).toISOString().slice(0, 10);
      writeFileSync(path.join(input, "posts", f.replace(/\.txt$/u, ".md")), `---\ntitle: "${title}"\ndate: ${date}\n---\n${text}\n`);
    });
  writeFileSync(path.join(dir, "eleventy.config.cjs"), `module.exports = () => ({ dir: { input: ${JSON.stringify(input)}, output: ${JSON.stringify(path.join(dir, "_site"))} } });\n`);
}
