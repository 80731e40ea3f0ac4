/**
 * Synthetic corpora for the benchmark: N articles made by varying the seeds
 * (dates, outlets, numbers, claimants, sentence order) with a seeded random
 * generator, so that every run makes the same corpus and extraction does
 * real work on every article.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DATELINES = [
  "Liputan6.com, Seoul -",
  "Jakarta, CNN Indonesia --",
  "TEMPO.CO, Jakarta -",
  "Seoul (ANTARA) -",
  "JAKARTA, KOMPAS.com -",
  "REPUBLIKA.CO.ID, SEOUL --",
  "Metrotvnews.com, Seoul:",
  "KIEV, KOMPAS.TV -",
  "Jakarta, Beritasatu.com –",
  "TRIBUNNEWS.COM -",
];
const CLAIMANTS: [RegExp, string[]][] = [
  [/Badan intelijen Korea Selatan/gu, ["Badan Intelijen Nasional Korea Selatan (NIS)", "Badan Intelijen Nasional Seoul", "agen intelijen Korea Selatan"]],
  [/Presiden Volodymyr Zelenskyy/gu, ["Presiden Ukraina Volodymyr Zelensky", "Zelensky"]],
  [/Badan intelijen militer Ukraina/gu, ["Intelijen militer Ukraina (HUR)", "Badan intelijen militer Ukraina"]],
];

function shuffleTail<T>(items: T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 1; i--) {
    const j = 1 + Math.floor(rnd() * i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Vary one seed text into a new article. */
export function vary(text: string, rnd: () => number, n: number): string {
  const year = 2024 + Math.floor(rnd() * 2);
  let out = text
    .replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/gu, () => `${1 + Math.floor(rnd() * 28)}/${1 + Math.floor(rnd() * 12)}/${year}`)
    .replace(/\b(\d{1,3})\.(\d{3})\b/gu, (_m, a: string) => `${Math.max(1, Math.round(Number(a) * (0.5 + rnd())))}.${String(Math.floor(rnd() * 10))}00`)
    .replace(/\b20(2[2-5])\b/gu, (m) => (rnd() < 0.3 ? String(Number(m) + (rnd() < 0.5 ? -1 : 1)) : m));
  for (const [pattern, names] of CLAIMANTS) out = out.replace(pattern, () => names[Math.floor(rnd() * names.length)]!);
  const lines = out.split("\n");
  const first = lines.findIndex((l) => /^\S.*\s[-–:]{1,2}\s|^\S.*:\s/u.test(l));
  if (first >= 0 && rnd() < 0.7) lines[first] = lines[first]!.replace(/^[^-–:]{2,40}?\s?[-–:]{1,2}\s/u, `${DATELINES[Math.floor(rnd() * DATELINES.length)]} `);
  const body = shuffleTail(lines, rnd);
  body.push(`Laporan ini adalah bagian ke-${n} dari liputan berkelanjutan tentang pasukan Korea Utara di Kursk.`);
  return body.join("\n");
}

/**
 * Write `count` articles into `dir` (a.txt … made from the seeds in `seeds`).
 *
 * @example
 * generateCorpus("seeds", "/tmp/corpus-1000", 1000) //=> 1000 files, the same on every run
 */
export function generateCorpus(seeds: string, dir: string, count: number, seed = 42): string[] {
  const texts = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(seeds, f), "utf8"));
  const rnd = random(seed);
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `artikel-${String(i).padStart(5, "0")}.txt`;
    writeFileSync(path.join(dir, name), vary(texts[i % texts.length]!, rnd, i));
    names.push(name);
  }
  return names;
}
