/**
 * Shared by the trust tests: the real build command as a child process with a
 * time limit, hashes of every file of a built site, and the hostile and
 * broken article corpora (the fixture files plus those too big, too odd or too
 * platform-specific to commit, generated into a temporary folder).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, readdir, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const FIXTURES = path.join(PROJECT_ROOT, "tests/trust/fixtures");

export interface BuildResult {
  /** Exit code, or null when the build was killed. */
  code: number | null;
  /** True when the build ran past its time limit and was killed. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface BuildOptions {
  seeds: string;
  out: string;
  /** Extra environment variables (set to undefined to remove one). */
  env?: Record<string, string | undefined>;
  /** Kill the build (and everything it started) after this long. */
  timeoutMs?: number;
  /** The checkout to build with (default: this project). */
  root?: string;
}

/**
 * Run `node bin/linimasa.mjs build --seeds … --out … --no-cache` from the project
 * root in its own process group, killing the whole group if it runs too long.
 * Without the cache every build parses every article itself, and the tests
 * neither read nor fill the project's `.cache/`.
 */

export function runBuild(options: BuildOptions): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/linimasa.mjs", "build", "--seeds", options.seeds, "--out", options.out, "--no-cache"], {
      cwd: options.root ?? PROJECT_ROOT,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, options.timeoutMs ?? 120_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, stdout, stderr });
    });
  });
}

/** Every file and folder under `dir` (relative, `/`-separated, sorted): a file maps to its SHA-256, a folder to "dir". */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  async function walk(folder: string): Promise<void> {
    for (const item of (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, item.name);
      const rel = path.relative(dir, full).split(path.sep).join("/");
      if (item.isDirectory()) {
        out.set(rel, "dir");
        await walk(full);
      } else {
        out.set(rel, createHash("sha256").update(await readFile(full)).digest("hex"));
      }
    }
  }
  await walk(dir);
  return out;
}

/** All `.html` files of a built site, as site paths ("/artikel/x/index.html"). */
export async function htmlPages(site: string): Promise<string[]> {
  return [...(await hashTree(site)).keys()].filter((p) => p.endsWith(".html")).map((p) => `/${p}`);
}

/** A 200,000-character article on one line: sentences, markup, template syntax, abbreviations, RTL and emoji, no newline. */
export function longLine(): string {
  const parts = [
    "Tentara Korea Utara sebanyak 1.000 orang tiba di Kursk pada Senin (3/2/2025), kata NIS. ",
    "<script>window.__pwned=1</script> {{ 7*7 }} ",
    "Dr. Kim dan Jl. Merdeka No. 5 ",
    "\u202eterbalik\u202c 🇰🇵 ",
    "((((( ",
    "1.2.3.4.5 ",
  ];
  let text = "Jakarta - ";
  for (let i = 0; text.length < 200_000; i++) text += parts[i % parts.length];
  return text.slice(0, 200_000);
}

/** A file name that is itself a payload (Linux allows every character but "/"). */
export const HOSTILE_NAME = '"><svg onload=window.__pwned=1>.txt';

/**
 * Write the hostile corpus into `dir`: every article here must build and show
 * its text exactly as text. Returns the file names.
 */
export async function writeHostileCorpus(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names = (await readdir(path.join(FIXTURES, "hostile"))).sort();
  for (const name of names) await copyFile(path.join(FIXTURES, "hostile", name), path.join(dir, name));
  await writeFile(path.join(dir, "long-line.txt"), longLine());
  await writeFile(path.join(dir, HOSTILE_NAME), "Jakarta - Nama berkas ini berbahaya, kata pejabat Korea Selatan pada Senin (3/2/2025).\n");
  return [...names, "long-line.txt", HOSTILE_NAME].sort();
}

/** One article the build must refuse, and the error it must give. */
export interface BrokenCase {
  /** What is wrong, for the test name. */
  what: string;
  /** The file the error names (relative to the seeds folder). */
  name: string;
  line: number;
  column: number;
  rule: string;
  message: RegExp;
  /** Write the case's files into a seeds folder (`outside` is a folder outside it). */
  write(seeds: string, outside: string): Promise<void>;
}

const fixture = (name: string) => (seeds: string) => copyFile(path.join(FIXTURES, "broken", name), path.join(seeds, name));
const text = (name: string, content: string | Uint8Array) => (seeds: string) => writeFile(path.join(seeds, name), content);

/** Lines of the 10 MB article: all the same length, so the line of the size limit is known. */
const HUGE_LINE = "Jakarta - Tentara Korea Utara tiba di Kursk pada Senin (3/2/2025).\n";
const HUGE_LINES = Math.ceil((10 * 1024 * 1024) / HUGE_LINE.length);

/** Where byte `offset` of the 10 MB article stands (1-based line and column). */
export function placeInHuge(offset: number): { line: number; column: number } {
  return { line: Math.floor(offset / HUGE_LINE.length) + 1, column: (offset % HUGE_LINE.length) + 1 };
}

export const BROKEN_CASES: BrokenCase[] = [
  { what: "a javascript: URL in front matter", name: "javascript-url.md", line: 3, column: 1, rule: "front-matter-field", message: /Front-matter "url": only http and https addresses are allowed/, write: fixture("javascript-url.md") },
  { what: "a data: URL in front matter", name: "data-url.md", line: 4, column: 1, rule: "front-matter-field", message: /Front-matter "url": only http and https addresses are allowed/, write: fixture("data-url.md") },
  { what: "an unquoted {{ 7*7 }} title (a YAML mapping, not text)", name: "template-title-unquoted.md", line: 2, column: 1, rule: "front-matter-field", message: /Front-matter "title": .*expected string/, write: fixture("template-title-unquoted.md") },
  { what: "front matter that is not valid YAML", name: "broken-yaml.md", line: 3, column: 23, rule: "front-matter-yaml", message: /The front matter is not valid YAML/, write: fixture("broken-yaml.md") },
  { what: "an unknown front-matter key", name: "unknown-key.md", line: 3, column: 1, rule: "front-matter-field", message: /Unknown front-matter key "script"/, write: fixture("unknown-key.md") },
  { what: "front matter and no text", name: "front-matter-only.md", line: 5, column: 1, rule: "no-text", message: /front matter but no article text/, write: fixture("front-matter-only.md") },
  { what: "Latin-1 bytes (not UTF-8)", name: "latin1.txt", line: 2, column: 19, rule: "not-utf8", message: /not valid UTF-8; re-save it as UTF-8/, write: fixture("latin1.txt") },
  {
    what: "an encoded UTF-16 surrogate (not UTF-8)",
    name: "surrogate.txt",
    line: 2,
    column: 11,
    rule: "not-utf8",
    message: /not valid UTF-8/,
    write: text("surrogate.txt", Uint8Array.from([...Buffer.from("Baris satu\nJakarta - "), 0xed, 0xa0, 0x80, 0x0a])),
  },
  { what: "NUL bytes (a binary file)", name: "binary.txt", line: 1, column: 11, rule: "binary-file", message: /NUL bytes, so it is binary/, write: text("binary.txt", Uint8Array.from([...Buffer.from("Jakarta - "), 0, 1, 2, 0xff])) },
  { what: "an empty file", name: "empty.txt", line: 1, column: 1, rule: "empty-file", message: /The file is empty/, write: text("empty.txt", " \n\t\n") },
  { what: "page furniture and no article text", name: "only-furniture.txt", line: 1, column: 1, rule: "no-text-left", message: /No article text is left/, write: text("only-furniture.txt", "ADVERTISEMENT\nBaca Juga\nSCROLL TO CONTINUE WITH CONTENT\n") },
  {
    what: "a 10 MB article",
    name: "huge.txt",
    ...placeInHuge(1024 * 1024),
    rule: "file-too-large",
    message: /The file is 10\.0 MB, more than the 1\.0 MB an article may be/,
    write: text("huge.txt", HUGE_LINE.repeat(HUGE_LINES)),
  },
  {
    what: "two names that differ only in case",
    name: "berita.txt",
    line: 1,
    column: 1,
    rule: "name-case-clash",
    message: /differs from "Berita\.txt" only in case/,
    write: async (seeds) => {
      await writeFile(path.join(seeds, "Berita.txt"), "Jakarta - Berita pertama tentang Korea Utara pada Senin (3/2/2025).\n");
      await writeFile(path.join(seeds, "berita.txt"), "Jakarta - Berita kedua tentang Korea Utara pada Senin (3/2/2025).\n");
    },
  },
  {
    what: "two names that give the same page",
    name: "kabar_satu.txt",
    line: 1,
    column: 1,
    rule: "page-name-clash",
    message: /gives the same page \(\/artikel\/kabar-satu\/\) as "kabar-satu\.txt"/,
    write: async (seeds) => {
      await writeFile(path.join(seeds, "kabar-satu.txt"), "Jakarta - Satu tentara Korea Utara tiba pada Senin (3/2/2025).\n");
      await writeFile(path.join(seeds, "kabar_satu.txt"), "Jakarta - Dua tentara Korea Utara tiba pada Senin (3/2/2025).\n");
    },
  },
  {
    what: "a symlink to a file outside the seeds folder",
    name: "link-outside.txt",
    line: 1,
    column: 1,
    rule: "link-outside-seeds",
    message: /link to a file outside the seeds folder/,
    write: async (seeds, outside) => {
      await writeFile(path.join(outside, "secret.txt"), "Jakarta - RAHASIA-DI-LUAR pada Senin (3/2/2025).\n");
      await symlink(path.join(outside, "secret.txt"), path.join(seeds, "link-outside.txt"));
    },
  },
  {
    what: "a symlink to a folder outside the seeds folder",
    name: "linked-folder",
    line: 1,
    column: 1,
    rule: "link-outside-seeds",
    message: /outside the seeds folder/,
    write: async (seeds, outside) => {
      await mkdir(path.join(outside, "folder"), { recursive: true });
      await writeFile(path.join(outside, "folder", "inside.txt"), "Jakarta - RAHASIA-DI-LUAR pada Senin (3/2/2025).\n");
      await symlink(path.join(outside, "folder"), path.join(seeds, "linked-folder"));
    },
  },
  {
    what: "a symlink that leads nowhere",
    name: "dangling.txt",
    line: 1,
    column: 1,
    rule: "link-outside-seeds",
    message: /outside the seeds folder/,
    write: (seeds, outside) => symlink(path.join(outside, "missing.txt"), path.join(seeds, "dangling.txt")),
  },
];

/** What a checkout of the project holds besides node_modules (linked) and what builds make. */
const CHECKOUT = ["package.json", "tsconfig.json", ".eleventy.js", "src", "templates", "public", "bin", "bench", "tests/reference", "tests/fixtures"];

/**
 * A fresh copy of the project in `dest`, as a clone would make it: its
 * files written anew (in reverse order when `reverse`, so their creation
 * times order them the other way) and node_modules linked.
 */
export async function copyCheckout(dest: string, reverse = false): Promise<void> {
  const files: string[] = [];
  for (const entry of CHECKOUT) {
    const from = path.join(PROJECT_ROOT, entry);
    const info = await stat(from).catch(() => null);
    if (!info) continue;
    if (info.isFile()) files.push(entry);
    else for (const name of await readdir(from, { recursive: true, withFileTypes: true })) if (name.isFile()) files.push(path.relative(PROJECT_ROOT, path.join(name.parentPath, name.name)));
  }
  files.sort();
  if (reverse) files.reverse();
  for (const file of files) {
    await mkdir(path.dirname(path.join(dest, file)), { recursive: true });
    await copyFile(path.join(PROJECT_ROOT, file), path.join(dest, file));
  }
  await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(dest, "node_modules"), "dir");
}
