/**
 * The same articles give the same site, byte for byte: builds from clean
 * folders write identical files whatever the seeds folder and the order its
 * files were written in, the checkout (templates and code copied anew, in
 * another order and at another time), the time zone, the locale and the wall
 * clock (moved ten years ahead by a preloaded module). SOURCE_DATE_EPOCH is
 * unset: the site's dates come from the articles.
 */
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, PROJECT_ROOT, copyCheckout, hashTree, runBuild } from "./helpers/trust-corpus.ts";

const TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000;
const FAKE_CLOCK = pathToFileURL(path.join(PROJECT_ROOT, "tests/trust/helpers/fake-clock.mjs")).href;

/**
 * Two articles of the same day, with the same figure for the same time, whose
 * names sort differently in English and in Danish ("aa" comes after "z"):
 * wherever ties are broken by name, the locale must not decide.
 */
const SAME_DAY = {
  "aabenraa.txt": "---\npublished: 2025-02-03\n---\nJakarta - Sebanyak 1.000 tentara Korea Utara tewas di Kursk pada Januari 2025, kata NIS.\n",
  "zulu.txt": "---\npublished: 2025-02-03\n---\nJakarta - Sebanyak 1.000 tentara Korea Utara tewas di Kursk pada Januari 2025, kata NIS kepada wartawan.\n",
};

interface Built {
  out: string;
  hashes: Map<string, string>;
}

let root: string;
let base: Built;
let elsewhere: Built;
let danish: Built;

/** The real seeds, the committed hostile articles and the two same-day articles, written in the given order. */
async function writeCorpus(dir: string, reverse: boolean): Promise<void> {
  await mkdir(dir, { recursive: true });
  const sources = [
    ...(await readdir(path.join(PROJECT_ROOT, "seeds"))).filter((n) => /\.(txt|md)$/.test(n)).map((n) => path.join(PROJECT_ROOT, "seeds", n)),
    ...(await readdir(path.join(FIXTURES, "hostile"))).map((n) => path.join(FIXTURES, "hostile", n)),
  ];
  if (reverse) sources.reverse();
  for (const source of sources) await copyFile(source, path.join(dir, path.basename(source)));
  for (const [name, text] of Object.entries(SAME_DAY)) await writeFile(path.join(dir, name), text);
}

const ENGLISH_UTC = { TZ: "UTC", LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8", SOURCE_DATE_EPOCH: undefined };

async function build(seeds: string, out: string, env: Record<string, string | undefined>, root?: string): Promise<Built> {
  const result = await runBuild({ seeds, out, env, root });
  if (result.code !== 0) throw new Error(`a build failed:\n${result.stderr}`);
  return { out, hashes: await hashTree(out) };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "linimasa-trust-determinism-"));
  const seeds = path.join(root, "seeds");
  const moved = path.join(root, "elsewhere", "articles");
  await writeCorpus(seeds, false);
  await writeCorpus(moved, true);
  // Two checkouts made at different times, their files written in opposite orders: Eleventy's
  // collections would order pages by these files' creation times.
  const first = path.join(root, "checkout-1");
  const second = path.join(root, "checkout-2");
  await copyCheckout(first);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await copyCheckout(second, true);
  [base, elsewhere] = await Promise.all([
    build(seeds, path.join(root, "base"), ENGLISH_UTC, first),
    // Seeds in another folder, written in the other order; another checkout; another time zone; a clock ten years ahead.
    build(
      moved,
      path.join(root, "elsewhere", "out"),
      {
        ...ENGLISH_UTC,
        TZ: "Asia/Jakarta",
        FAKE_CLOCK_SHIFT_MS: String(TEN_YEARS_MS),
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${FAKE_CLOCK}`.trim(),
      },
      second,
    ),
  ]);
  // Another locale: Danish sorts "aa" after "z".
  danish = await build(seeds, path.join(root, "danish"), { ...ENGLISH_UTC, LANG: "da_DK.UTF-8", LC_ALL: "da_DK.UTF-8" });
}, 600_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** The files that differ between two builds, with the first difference of the first few. */
async function differences(a: Built, b: Built): Promise<{ files: string[]; details: string }> {
  const files = [...new Set([...a.hashes.keys(), ...b.hashes.keys()])].filter((f) => a.hashes.get(f) !== b.hashes.get(f)).sort();
  const details = await Promise.all(
    files
      .filter((f) => a.hashes.has(f) && b.hashes.has(f) && a.hashes.get(f) !== "dir")
      .slice(0, 3)
      .map(async (file) => {
        const [x, y] = await Promise.all([readFile(path.join(a.out, file), "utf8"), readFile(path.join(b.out, file), "utf8")]);
        let i = 0;
        while (i < x.length && x[i] === y[i]) i++;
        return `${file} differs at ${i}:\n  one:   …${x.slice(Math.max(0, i - 80), i + 80)}…\n  other: …${y.slice(Math.max(0, i - 80), i + 80)}…`;
      }),
  );
  return { files, details: details.join("\n\n") };
}

describe("two builds of the same articles from clean folders", () => {
  it("are byte-identical with the seeds elsewhere, in another order, from another checkout, in another time zone, with the clock ten years ahead", async () => {
    const { files, details } = await differences(base, elsewhere);
    expect(files, details).toEqual([]);
  });

  it("are byte-identical in another locale", async () => {
    const { files, details } = await differences(base, danish);
    expect(files, details).toEqual([]);
  });

  it("hold neither the wall-clock date nor the build's folders", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const fakeToday = new Date(Date.now() + TEN_YEARS_MS).toISOString().slice(0, 10);
    for (const built of [base, elsewhere]) {
      for (const [file, hash] of built.hashes) {
        if (hash === "dir" || !/\.(html|xml|json|csv|txt)$/.test(file)) continue;
        const text = await readFile(path.join(built.out, file), "utf8");
        expect(text.includes(today), `${file} holds today's date ${today}`).toBe(false);
        expect(text.includes(fakeToday), `${file} holds the fake clock's date ${fakeToday}`).toBe(false);
        expect(text.includes(root), `${file} holds the build's folder`).toBe(false);
      }
    }
  });
});
