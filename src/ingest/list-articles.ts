/**
 * Finds the article files in the seeds folder.
 */
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { VFile } from "vfile";
import { entryId } from "./entry-id.ts";

/** File endings read as articles. Anything else in the folder is ignored. */
export const ARTICLE_EXTENSIONS = [".txt", ".md"];

export interface ArticleFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the seeds folder, with forward slashes. */
  name: string;
}

/**
 * List article files under `dir` (recursively, sorted by name), skipping
 * hidden files. A link that leads outside `dir`, and two names that give the
 * same page (they differ only in case, punctuation or extension), become fatal
 * messages on the returned `problems` so that the build stops instead of
 * publishing something unexpected.
 *
 * @example
 * await listArticles("seeds")
 * //=> { files: [{ path: "/…/seeds/000_022d6d6978ebefb1.txt", name: "000_022d6d6978ebefb1.txt" }, …], problems: [] }
 */
export async function listArticles(dir: string): Promise<{ files: ArticleFile[]; problems: VFile[] }> {
  const root = await realpath(dir);
  const files: ArticleFile[] = [];
  const problems: VFile[] = [];
  const seen = new Map<string, string>();

  async function walk(folder: string): Promise<void> {
    const names = (await readdir(folder)).sort();
    for (const name of names) {
      if (name.startsWith(".")) continue;
      const full = path.join(folder, name);
      const rel = path.relative(dir, full).split(path.sep).join("/");
      const info = await lstat(full);
      if (info.isSymbolicLink()) {
        const target = await realpath(full).catch(() => null);
        if (target === null || (target !== root && !target.startsWith(root + path.sep))) {
          const file = new VFile({ path: path.join(dir, rel) });
          file.message("This is a link to a file outside the seeds folder; copy the article into the folder instead", {
            place: { line: 1, column: 1 },
            ruleId: "link-outside-seeds",
            source: "linimasa",
          }).fatal = true;
          problems.push(file);
          continue;
        }
      }
      const real = info.isSymbolicLink() ? await stat(full) : info;
      if (real.isDirectory()) {
        await walk(full);
        continue;
      }
      if (!real.isFile() || !ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase())) continue;
      // Names that give the same page (same slug: "Berita.txt", "berita.md",
      // "berita!.txt") would overwrite each other's page.
      const folded = entryId(rel);
      const twin = seen.get(folded);
      if (twin !== undefined) {
        const file = new VFile({ path: path.join(dir, rel) });
        const caseOnly = twin.toLowerCase() === rel.toLowerCase();
        const why = caseOnly
          ? `This name differs from "${twin}" only in case, which breaks on case-insensitive disks and gives both the same page; rename one of them`
          : `This name gives the same page (/artikel/${folded}/) as "${twin}"; rename one of them`;
        file.message(why, {
          place: { line: 1, column: 1 },
          ruleId: caseOnly ? "name-case-clash" : "page-name-clash",
          source: "linimasa",
        }).fatal = true;
        problems.push(file);
        continue;
      }
      seen.set(folded, rel);
      files.push({ path: full, name: rel });
    }
  }

  await walk(dir);
  return { files, problems };
}
